import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { PostForm } from "../forms";

export interface OfficeMemberRow {
  id: string;
  name: string;
  email: string;
  kind: "staff" | "ngo" | "expert";
  voting: boolean;
  chair: boolean;
  declaredAt: Date | string | null;
  hasScored: boolean;
  exclusions: { offerId: string; source: "declared" | "officer"; reason: string }[];
}

/** The committee's members for the officer: kind, vote, chair, declaration and exclusions; per-row actions. */
export function MembersTable(props: {
  members: OfficeMemberRow[];
  offerLabels: Record<string, string>;
  canRun: boolean;
}) {
  const t = useT();
  if (props.members.length === 0) return <p className="notice">{t("committee.office.noMembers")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption>{t("committee.office.members")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("committee.col.member")}</th>
            <th scope="col">{t("committee.col.role")}</th>
            <th scope="col">{t("committee.col.declaration")}</th>
            <th scope="col">{t("committee.col.exclusions")}</th>
            {props.canRun ? <th scope="col">{t("committee.col.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {m.name}
                <br />
                <small>{m.email}</small>
              </th>
              <td>
                {t(`committee.kind.${m.kind}`)}
                {m.voting ? "" : ` (${t("committee.noVote")})`}
                {m.chair ? `, ${t("committee.chair")}` : ""}
              </td>
              <td>
                {m.declaredAt
                  ? t("committee.declaration.signedAt", { at: formatDateTime(m.declaredAt) })
                  : t("committee.declaration.missing")}
              </td>
              <td>
                {m.exclusions.length === 0 ? (
                  "—"
                ) : (
                  <ul>
                    {m.exclusions.map((e) => (
                      <li key={e.offerId}>
                        {props.offerLabels[e.offerId] ?? e.offerId} ({t(`committee.exclusion.${e.source}`)}):{" "}
                        {e.reason}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              {props.canRun ? (
                <td>
                  {m.chair ? null : (
                    <PostForm>
                      <input type="hidden" name="intent" value="chair" />
                      <input type="hidden" name="memberId" value={m.id} />
                      <button type="submit">{t("committee.office.makeChair", { name: m.name })}</button>
                    </PostForm>
                  )}
                  {m.hasScored ? (
                    <p>{t("committee.office.cannotRemove")}</p>
                  ) : (
                    <PostForm>
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="memberId" value={m.id} />
                      <button type="submit">{t("committee.office.remove", { name: m.name })}</button>
                    </PostForm>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
