import { Link } from "react-router";
import { listMyCommittees } from "~/domain/committee/list-my-committees";
import { formatDateTime } from "~/platform/format/dates";
import { committeeDeps } from "../lib/committee/committee-route.server";
import { requireUser } from "../lib/guards.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/komisja._index";

/** GET /komisja — the committees the person sits on, with the state of their declaration. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = committeeDeps(context);
  return { committees: await listMyCommittees({ db, tenantId, userId: user.id }) };
}

export default function MyCommittees({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { committees } = loaderData;
  return (
    <>
      <title>{`${t("committee.my.title")} — ${tenant.name}`}</title>
      <h1>{t("committee.my.title")}</h1>
      <p className="lead">{t("committee.my.lead")}</p>
      {committees.length === 0 ? (
        <p className="notice">{t("committee.my.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t("committee.my.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("committee.col.competition")}</th>
                <th scope="col">{t("committee.col.role")}</th>
                <th scope="col">{t("committee.col.declaration")}</th>
              </tr>
            </thead>
            <tbody>
              {committees.map((c) => (
                <tr key={c.competitionId}>
                  <th scope="row">
                    <Link to={`/komisja/${c.competitionId}`}>{c.title}</Link>
                  </th>
                  <td>
                    {t(`committee.kind.${c.kind}`)}
                    {c.chair ? `, ${t("committee.chair")}` : ""}
                  </td>
                  <td>
                    {c.declaredAt
                      ? t("committee.declaration.signedAt", { at: formatDateTime(c.declaredAt) })
                      : t("committee.declaration.missing")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
