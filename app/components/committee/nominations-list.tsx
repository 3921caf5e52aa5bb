import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { Field, FieldError, type FieldErrors, PostForm } from "../forms";

export interface NominationRow {
  id: string;
  organizationName: string;
  candidateName: string;
  candidateEmail: string;
  statement: string;
  status: "proposed" | "accepted" | "rejected";
  decisionNote: string | null;
  createdAt: Date | string;
}

/** Candidates proposed by organisations, each with the officer's accept or reject (with a note). */
export function NominationsList(props: {
  nominations: NominationRow[];
  canRun: boolean;
  errors?: FieldErrors;
}) {
  const t = useT();
  if (props.nominations.length === 0) return <p>{t("committee.office.noNominations")}</p>;
  return (
    <ul className="nominations">
      {props.nominations.map((n) => {
        const errorKey = `nomination.${n.id}`;
        return (
          <li key={n.id}>
            <p>
              <strong>{n.candidateName}</strong> ({n.candidateEmail}) — {n.organizationName},{" "}
              {formatDateTime(n.createdAt)}: {t(`committee.nomination.status.${n.status}`)}
              {n.decisionNote ? ` — ${n.decisionNote}` : ""}
            </p>
            {n.statement ? <p>{n.statement}</p> : null}
            <FieldError id={`f-${errorKey}-error`} messages={props.errors?.[errorKey]} />
            {props.canRun && n.status === "proposed" ? (
              <PostForm aria-label={t("committee.office.decideFor", { name: n.candidateName })}>
                <input type="hidden" name="intent" value="decide" />
                <input type="hidden" name="nominationId" value={n.id} />
                <Field
                  idPrefix={`nom-${n.id.slice(0, 8)}`}
                  name="decisionNote"
                  label={t("committee.office.decisionNote")}
                  errors={props.errors}
                />
                <button type="submit" name="decision" value="accept">
                  {t("committee.office.accept", { name: n.candidateName })}
                </button>{" "}
                <button type="submit" name="decision" value="reject">
                  {t("committee.office.reject", { name: n.candidateName })}
                </button>
              </PostForm>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
