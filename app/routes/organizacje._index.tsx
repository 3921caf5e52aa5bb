import { data, redirect } from "react-router";
import { readPublicOrganizationQuery } from "~/domain/portal/api-schemas";
import { listPublicDistricts } from "~/domain/portal/list-public-districts";
import { searchPublicOrganizations } from "~/domain/portal/search-public-organizations";
import { OrganizationResults } from "../components/portal/organization-results";
import { OrganizationSearchForm } from "../components/portal/organization-search-form";
import { QueryIssues } from "../components/portal/query-issues";
import { searchQueryString } from "../components/portal/search-url";
import { servicesContext, tenantContext } from "../lib/contexts";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/organizacje._index";
import "../components/portal/portal.css";

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const { search, issues } = readPublicOrganizationQuery(url.searchParams);
  // Blank fields of the GET form are dropped from the address, so a search is short to share.
  const canonical = searchQueryString(search);
  if (issues.length === 0 && url.search !== canonical) throw redirect(`/organizacje${canonical}`);
  const { db } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  const [result, districts] = await Promise.all([
    searchPublicOrganizations({ db, tenantId, search }),
    listPublicDistricts({ db, tenantId }),
  ]);
  return data({ search, result, districts, issues }, { status: issues.length ? 400 : 200 });
}

export default function OrganizationBase({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { search, result, districts, issues } = loaderData;
  return (
    <>
      <title>{`${t("portal.search.title")} — ${tenant.name}`}</title>
      <h1>{t("portal.search.title")}</h1>
      <p className="lead">{t("portal.search.lead")}</p>
      <QueryIssues issues={issues} />
      <OrganizationSearchForm key={searchQueryString(search)} search={search} districts={districts} />
      <OrganizationResults search={search} result={result} />
    </>
  );
}
