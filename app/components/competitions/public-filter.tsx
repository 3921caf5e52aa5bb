import { Form } from "react-router";
import type { PublicCompetitionQuery } from "~/domain/competitions/list-public-competitions";
import { STATUS_GROUP_NAMES } from "~/domain/competitions/states";
import { PUBLIC_BENEFIT_AREAS } from "~/domain/organizations/areas";
import { useT } from "../../lib/shell";
import { SelectField } from "../forms";

/** The public list's filters: a GET form, so the filters live in the address (shareable, no JS needed). */
export function PublicCompetitionFilter(props: {
  query: PublicCompetitionQuery;
  departments: { code: string; name: string }[];
  years: number[];
}) {
  const t = useT();
  const { query } = props;
  const all = { value: "", label: t("competition.filter.all") };
  return (
    <Form method="get" className="filter-form" aria-label={t("competition.filter.label")}>
      <SelectField
        name="status"
        label={t("competition.filter.status")}
        defaultValue={query.status ?? ""}
        options={[all, ...STATUS_GROUP_NAMES.map((g) => ({ value: g, label: t(`competition.group.${g}`) }))]}
      />
      <SelectField
        name="area"
        label={t("competition.field.areaCode")}
        defaultValue={query.area ?? ""}
        options={[
          all,
          ...PUBLIC_BENEFIT_AREAS.map((a) => ({ value: a.code, label: t(`org.area.${a.code}`) })),
        ]}
      />
      <SelectField
        name="department"
        label={t("competition.field.departmentId")}
        defaultValue={query.department?.toUpperCase() ?? ""}
        options={[all, ...props.departments.map((d) => ({ value: d.code, label: d.name }))]}
      />
      <SelectField
        name="year"
        label={t("competition.filter.year")}
        defaultValue={query.year ? String(query.year) : ""}
        options={[all, ...props.years.map((y) => ({ value: String(y), label: String(y) }))]}
      />
      <div className="actions">
        <button type="submit">{t("competition.filter.submit")}</button>
      </div>
    </Form>
  );
}

/** The address of a page of the list with the same filters. */
export function publicListHref(query: PublicCompetitionQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.area) params.set("area", query.area);
  if (query.department) params.set("department", query.department);
  if (query.year) params.set("year", String(query.year));
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/konkursy?${search}` : "/konkursy";
}
