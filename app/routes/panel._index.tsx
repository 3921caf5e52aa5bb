import { Link } from "react-router";
import { listMyOrganizations } from "~/domain/organizations/list-my-organizations";
import { Notice } from "../components/organizations/form-parts";
import { StatusBadge } from "../components/organizations/status-badge";
import { noticeOf, orgDeps, requireMember } from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel._index";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireMember(context, request);
  const { db, tenantId } = orgDeps(context);
  return {
    organizations: await listMyOrganizations({ db, tenantId, userId: user.id }),
    notice: noticeOf(request),
  };
}

export default function MyOrganizations({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { organizations } = loaderData;
  return (
    <>
      <title>{`${t("org.panel.title")} — ${tenant.name}`}</title>
      <h1>{t("org.panel.title")}</h1>
      <Notice messageKey={loaderData.notice} />
      {organizations.length === 0 ? (
        <p>{t("org.panel.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("org.panel.col.name")}</th>
                <th scope="col">{t("org.panel.col.role")}</th>
                <th scope="col">{t("org.panel.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link to={`/panel/organizacje/${o.id}`}>{o.name}</Link>
                  </th>
                  <td>{t(`org.role.${o.role}`)}</td>
                  <td>
                    <StatusBadge status={o.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to="/organizacje/zglos">{t("org.panel.register")}</Link>
      </p>
      <h2>{t("offers.my.title")}</h2>
      <p>
        <Link to="/panel/oferty">{t("offers.my.title")}</Link> — {t("offers.panel.hint")}
      </p>
      <p>
        <Link to="/panel/umowy">{t("contracts.list.memberTitle")}</Link>
      </p>
      <p>
        <Link to="/panel/wydarzenia">{t("events.submit.title")}</Link>
      </p>
      <h2>{t("committee.my.title")}</h2>
      <p>
        <Link to="/komisja">{t("committee.my.title")}</Link> — {t("committee.panel.hint")}
      </p>
      <p>
        <Link to="/panel/komisje">{t("committee.panel.nominate")}</Link>
      </p>
    </>
  );
}
