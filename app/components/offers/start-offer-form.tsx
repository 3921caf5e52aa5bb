import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { type FieldErrors, PostForm } from "../forms";
import { ControlError } from "./field-parts";

/** An organisation the person may start an offer for (owner or editor of a verified one). */
export interface StartingOrganization {
  id: string;
  name: string;
}

/**
 * Starting an offer in a competition: with one organisation a single button; with several, a
 * required choice of the organisation (radio buttons in a fieldset, so the question is read out).
 */
export function StartOfferForm(props: {
  competition: { id: string; title: string; offerDeadline: Date | null };
  organizations: StartingOrganization[];
  existing: { offerId: string; title: string; organizationName: string }[];
  errors?: FieldErrors;
  chosen?: string;
}) {
  const t = useT();
  const [only] = props.organizations.length === 1 ? props.organizations : [];
  const errorId = props.errors?.organizationId?.length ? "f-organizationId-error" : undefined;
  return (
    <>
      <dl className="facts">
        <dt>{t("offers.col.competition")}</dt>
        <dd>
          <Link to={`/konkursy/${props.competition.id}`}>{props.competition.title}</Link>
        </dd>
        <dt>{t("offers.col.deadline")}</dt>
        <dd>
          {props.competition.offerDeadline
            ? t("competition.deadlineAt", { at: formatDateTime(props.competition.offerDeadline) })
            : "—"}
        </dd>
      </dl>
      {props.existing.length > 0 ? (
        <div className="notice">
          <p>{t("offers.start.existing")}</p>
          <ul>
            {props.existing.map((o) => (
              <li key={o.offerId}>
                <Link to={`/panel/oferty/${o.offerId}`}>
                  {o.title || t("offers.untitled")} ({o.organizationName})
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <PostForm>
        <input type="hidden" name="competitionId" value={props.competition.id} />
        {only ? (
          <>
            <input type="hidden" name="organizationId" value={only.id} />
            <p>{t("offers.start.asOrganization", { name: only.name })}</p>
          </>
        ) : (
          <fieldset id="f-organizationId" tabIndex={-1} aria-describedby={errorId}>
            <legend>{t("offers.start.chooseLegend")}</legend>
            <ControlError id={errorId} messages={props.errors?.organizationId} />
            {props.organizations.map((o) => (
              <div className="checkbox" key={o.id}>
                <input
                  type="radio"
                  id={`f-organizationId-${o.id}`}
                  name="organizationId"
                  value={o.id}
                  required
                  defaultChecked={props.chosen === o.id}
                  aria-invalid={errorId ? true : undefined}
                />
                <label htmlFor={`f-organizationId-${o.id}`}>{o.name}</label>
              </div>
            ))}
          </fieldset>
        )}
        <div className="actions">
          <button type="submit" name="intent" value="start" className="primary">
            {t("offers.start.button")}
          </button>
        </div>
      </PostForm>
    </>
  );
}
