import { Link } from "react-router";
import { OrganizationSearchSchema, searchOrganizations } from "~/domain/organizations/search-organizations";
import { formatNip } from "~/platform/validation/identifiers";
import { BackOfficeFilter } from "../components/organizations/back-office-filter";
import { Pagination } from "../components/organizations/pagination";
import { StatusBadge } from "../components/organizations/status-badge";
import { orgDeps, requireOffice } from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.organizacje._index";

export async function loader({ request, context }: Route.LoaderArgs) {
  requireOffice(context, request);
  const { db, tenantId } = orgDeps(context);
  const search = OrganizationSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { search, result: await searchOrganizations({ db, tenantId, search }) };
}

export default function BackOfficeOrganizations({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { search, result } = loaderData;
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (search.status) params.set("status", search.status);
    if (search.q) params.set("q", search.q);
    params.set("page", String(page));
    return `/urzad/organizacje?${params}`;
  };
  return (
    <>
      <title>{`${t("org.backOffice.title")} — ${tenant.name}`}</title>
      <h1>{t("org.backOffice.title")}</h1>
      <BackOfficeFilter status={search.status} q={search.q} />
      <p role="status">{t("org.backOffice.results", { count: result.total })}</p>
      {result.rows.length === 0 ? (
        <p>{t("org.backOffice.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("org.panel.col.name")}</th>
                <th scope="col">{t("org.field.legalForm")}</th>
                <th scope="col">{t("org.field.nip")}</th>
                <th scope="col">{t("org.field.krs")}</th>
                <th scope="col">{t("org.backOffice.col.district")}</th>
                <th scope="col">{t("org.panel.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link to={`/urzad/organizacje/${o.id}`}>{o.name}</Link>
                  </th>
                  <td>{t(`org.legalForm.${o.legalForm}`)}</td>
                  <td>{o.nip ? formatNip(o.nip) : "—"}</td>
                  <td>{o.krs ?? "—"}</td>
                  <td>{o.district ?? "—"}</td>
                  <td>
                    <StatusBadge status={o.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </>
  );
}
