import { Form, Link } from "react-router";
import {
  listDepartmentCompetitions,
  OfficeCompetitionQuerySchema,
} from "~/domain/competitions/list-department-competitions";
import { COMPETITION_STATUSES } from "~/domain/competitions/states";
import { CompetitionsTable } from "../components/competitions/competitions-table";
import { SelectField } from "../components/forms";
import { Pagination } from "../components/organizations/pagination";
import { competitionDeps, requireCompetitionOffice } from "../lib/competitions/competitions-route.server";
import { draftFormOptions } from "../lib/competitions/draft-form.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy._index";

export async function loader({ request, context }: Route.LoaderArgs) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const query = OfficeCompetitionQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const result = await listDepartmentCompetitions({ db, tenantId, staffRoles, query });
  const { departments } = await draftFormOptions(context);
  return { query, result, canCreate: departments.length > 0 };
}

export default function OfficeCompetitions({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { query, result, canCreate } = loaderData;
  const hrefFor = (page: number) =>
    `/urzad/konkursy?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), page: String(page) })}`;
  return (
    <>
      <title>{`${t("competition.office.title")} — ${tenant.name}`}</title>
      <h1>{t("competition.office.title")}</h1>
      <p className="lead">{t("competition.office.lead")}</p>
      {canCreate ? (
        <p>
          <Link to="/urzad/konkursy/nowy" className="button primary">
            {t("competition.office.new")}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="filter-form">
        <SelectField
          name="status"
          label={t("competition.col.status")}
          defaultValue={query.status ?? ""}
          options={[
            { value: "", label: t("competition.filter.all") },
            ...COMPETITION_STATUSES.map((s) => ({ value: s, label: t(`competition.status.${s}`) })),
          ]}
        />
        <div className="actions">
          <button type="submit">{t("competition.filter.submit")}</button>
        </div>
      </Form>
      <p role="status">{t("competition.results", { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p>{t("competition.office.empty")}</p>
      ) : (
        <CompetitionsTable
          items={result.items}
          hrefFor={(id) => `/urzad/konkursy/${id}`}
          caption={t("competition.office.title")}
        />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </>
  );
}
