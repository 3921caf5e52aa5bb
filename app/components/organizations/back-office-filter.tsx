import { Form } from "react-router";
import { ORGANIZATION_STATUSES } from "~/domain/organizations/states";
import { useT } from "../../lib/shell";
import { Field, SelectField } from "../forms";

/** The back office's filter: a GET form, so the filters live in the address and work without JS. */
export function BackOfficeFilter({ status, q }: { status?: string; q?: string }) {
  const t = useT();
  return (
    <Form method="get" className="filter-form">
      <SelectField
        name="status"
        label={t("org.backOffice.status")}
        defaultValue={status ?? ""}
        options={[
          { value: "", label: t("org.backOffice.status.all") },
          ...ORGANIZATION_STATUSES.map((s) => ({ value: s, label: t(`org.status.${s}`) })),
        ]}
      />
      <Field name="q" type="search" label={t("org.backOffice.query")} defaultValue={q} />
      <div className="actions">
        <button type="submit">{t("org.backOffice.filter")}</button>
      </div>
    </Form>
  );
}
