import { Form, Link } from "react-router";
import { PUBLIC_BENEFIT_AREAS } from "~/domain/organizations/areas";
import { LEGAL_FORMS } from "~/domain/organizations/legal-forms";
import type { PublicOrganizationQuery } from "~/domain/portal/api-schemas";
import { SORT_ORDERS } from "~/domain/portal/api-schemas";
import { MAX_QUERY_LENGTH } from "~/domain/portal/rules";
import { useT } from "../../lib/shell";
import { Field, SelectField } from "../forms";

/** The NGO base's search: a GET form, so it works without JavaScript and every search has its own address. */
export function OrganizationSearchForm({
  search,
  districts,
}: {
  search: PublicOrganizationQuery;
  districts: string[];
}) {
  const t = useT();
  const any = { value: "", label: t("portal.search.any") };
  // A district typed into the address that no organisation has still shows as chosen.
  const districtOptions =
    search.district && !districts.includes(search.district) ? [...districts, search.district] : districts;
  return (
    <Form
      method="get"
      action="/organizacje"
      role="search"
      aria-label={t("portal.search.form")}
      className="portal-search"
    >
      <Field
        name="q"
        type="search"
        label={t("portal.search.q")}
        hint={t("portal.search.q.hint")}
        defaultValue={search.q}
        maxLength={MAX_QUERY_LENGTH}
      />
      <div className="portal-search__filters">
        <SelectField
          name="area"
          label={t("portal.search.area")}
          defaultValue={search.area ?? ""}
          options={[
            any,
            ...PUBLIC_BENEFIT_AREAS.map((a) => ({ value: a.code, label: t(`org.area.${a.code}`) })),
          ]}
        />
        <SelectField
          name="district"
          label={t("portal.search.district")}
          defaultValue={search.district ?? ""}
          options={[any, ...districtOptions.map((d) => ({ value: d, label: d }))]}
        />
        <SelectField
          name="legalForm"
          label={t("portal.search.legalForm")}
          defaultValue={search.legalForm ?? ""}
          options={[any, ...LEGAL_FORMS.map((f) => ({ value: f.code, label: t(`org.legalForm.${f.code}`) }))]}
        />
        <SelectField
          name="sort"
          label={t("portal.search.sort")}
          defaultValue={search.sort}
          options={SORT_ORDERS.map((s) => ({ value: s, label: t(`portal.search.sort.${s}`) }))}
        />
      </div>
      <div className="checkbox">
        <input type="checkbox" id="f-opp" name="opp" value="true" defaultChecked={search.opp === true} />
        <label htmlFor="f-opp">{t("portal.search.opp")}</label>
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t("portal.search.submit")}
        </button>
        <Link to="/organizacje" className="button">
          {t("portal.search.reset")}
        </Link>
      </div>
    </Form>
  );
}
