import { useT } from "../../lib/shell";
import { ErrorSummary, PostForm } from "../forms";
import { type AdminActionData, failureFor } from "./action-notice";
import {
  ContractSettingsFieldset,
  contractSettingsLabels,
  settingsField,
} from "./contract-settings-fieldset";

const K = "admin.settings.";

/** The municipality settings form, in fieldsets; after a refusal it shows what was typed. */
export function TenantSettingsForm({
  current,
  data,
  numberExample,
}: {
  current: Record<string, string>;
  data?: AdminActionData;
  /** What the contract number's preview is made of (a department's code, 1, this year). */
  numberExample: { departmentCode: string; seq: number; year: number };
}) {
  const t = useT();
  const failure = failureFor(data);
  const values = failure?.values ?? current;
  const errors = failure?.fieldErrors;
  const names = [
    "name",
    "teryt",
    "seatCity",
    "offerAuthority",
    "bipUrl",
    "logoUrl",
    "hostnames",
    "accessibilityPublishedOn",
    "accessibilityUpdatedOn",
    "accessibilityContactName",
    "accessibilityContactEmail",
    "accessibilityContactPhone",
    "coordinatorUnit",
    "coordinatorEmail",
  ];
  const labels = {
    ...Object.fromEntries(names.map((n) => [n, t(`${K}${n}`)])),
    ...contractSettingsLabels(t),
  };
  const field = settingsField(labels, errors, values);
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <PostForm>
        <fieldset>
          <legend>{t(`${K}unit`)}</legend>
          {field("name", { required: true, autoComplete: "organization" })}
          {field("teryt", { required: true, inputMode: "numeric", maxLength: 7, hint: t(`${K}terytHint`) })}
          {field("seatCity", { maxLength: 100, autoComplete: "address-level2", hint: t(`${K}seatCityHint`) })}
          {field("offerAuthority", { hint: t(`${K}offerAuthorityHint`) })}
        </fieldset>
        <fieldset>
          <legend>{t(`${K}addresses`)}</legend>
          {field("bipUrl", { type: "url", maxLength: 500, hint: t(`${K}urlHint`) })}
          {field("logoUrl", { type: "url", maxLength: 500, hint: t(`${K}urlHint`) })}
          {field("hostnames", { multiline: true, maxLength: 5000, hint: t(`${K}hostnamesHint`) })}
        </fieldset>
        <fieldset>
          <legend>{t(`${K}accessibility`)}</legend>
          {field("accessibilityPublishedOn", { type: "date", required: true })}
          {field("accessibilityUpdatedOn", { type: "date", required: true })}
          {field("accessibilityContactName", { autoComplete: "off" })}
          {field("accessibilityContactEmail", { type: "email", maxLength: 254 })}
          {field("accessibilityContactPhone", { type: "tel", maxLength: 40 })}
        </fieldset>
        <fieldset>
          <legend>{t(`${K}coordinator`)}</legend>
          {field("coordinatorUnit")}
          {field("coordinatorEmail", { type: "email", maxLength: 254 })}
        </fieldset>
        <ContractSettingsFieldset
          values={values}
          errors={errors}
          typed={Boolean(failure)}
          numberExample={numberExample}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t("form.save")}
          </button>
        </div>
      </PostForm>
    </>
  );
}
