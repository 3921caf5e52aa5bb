import { listDepartments } from "~/domain/competitions/access";
import {
  LenientPublicCompetitionQuerySchema,
  listPublicCompetitions,
  listPublicYears,
  queryObject,
} from "~/domain/competitions/list-public-competitions";
import { CompetitionsTable } from "../components/competitions/competitions-table";
import { PublicCompetitionFilter, publicListHref } from "../components/competitions/public-filter";
import { Pagination } from "../components/organizations/pagination";
import { servicesContext, tenantContext } from "../lib/contexts";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/konkursy._index";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  const query = LenientPublicCompetitionQuerySchema.parse(queryObject(new URL(request.url).searchParams));
  return {
    query,
    result: await listPublicCompetitions({ db, tenantId, query }),
    departments: await listDepartments(db, tenantId),
    years: await listPublicYears({ db, tenantId }),
  };
}

export default function PublicCompetitions({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { query, result } = loaderData;
  return (
    <>
      <title>{`${t("competition.public.title")} — ${tenant.name}`}</title>
      <h1>{t("competition.public.title")}</h1>
      <p className="lead">{t("competition.public.lead")}</p>
      <PublicCompetitionFilter query={query} departments={loaderData.departments} years={loaderData.years} />
      <p role="status">{t("competition.results", { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p>{t("competition.public.empty")}</p>
      ) : (
        <CompetitionsTable
          items={result.items}
          hrefFor={(id) => `/konkursy/${id}`}
          caption={t("competition.public.title")}
        />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => publicListHref(query, page)}
      />
      <p>
        <a href="/api/v1/competitions">{t("competition.public.api")}</a>
      </p>
    </>
  );
}
