import {
  formatContractNumber,
  MAX_CONTRACT_NUMBER_PATTERN,
  MAX_REPRESENTATIVES,
} from "~/domain/contracts/generate-rules";
import { useT } from "../../lib/shell";
import { Field, FieldError, type FieldErrors } from "../forms";

/*
 * The fieldset "Umowy dotacyjne" of the municipality settings: the contract number pattern with a
 * preview of the next number, the authority's representatives (the rows given plus two blank ones,
 * so it works without JavaScript; blank rows are dropped), the allowed shift, the final report's
 * days and the account for returns.
 */

const K = "admin.settings.";
const EXTRA_ROWS = 2;
const PATTERN = "contractNumberPattern";

/** The field names of this fieldset with their labels (for the error summary). */
export function contractSettingsLabels(t: (key: string, params?: Record<string, string | number>) => string) {
  const labels: Record<string, string> = {
    [PATTERN]: t(`${K}${PATTERN}`),
    contractRepresentatives: t(`${K}contractRepresentatives`),
    contractAllowedShift: t(`${K}contractAllowedShift`),
    contractFinalReportDays: t(`${K}contractFinalReportDays`),
    returnBankAccount: t(`${K}returnBankAccount`),
  };
  for (let i = 0; i < MAX_REPRESENTATIVES; i++) {
    labels[`contractRepresentatives.${i}.name`] = t(`${K}representativeName`, { n: i + 1 });
    labels[`contractRepresentatives.${i}.function`] = t(`${K}representativeFunction`, { n: i + 1 });
  }
  return labels;
}

/** How many representative rows to show: what came back typed, else the saved ones plus blanks. */
function rowCount(values: Record<string, string>, typed: boolean): number {
  const indexes = Object.keys(values)
    .map((k) => /^contractRepresentatives\.(\d+)\./.exec(k)?.[1])
    .filter((i): i is string => i !== undefined)
    .map(Number);
  const given = indexes.length ? Math.max(...indexes) + 1 : 0;
  return typed ? Math.max(given, 1) : Math.min(MAX_REPRESENTATIVES, given + EXTRA_ROWS);
}

export function ContractSettingsFieldset({
  values,
  errors,
  typed,
  numberExample,
}: {
  values: Record<string, string>;
  errors?: FieldErrors;
  /** True when the values are what was typed into a refused form. */
  typed: boolean;
  numberExample: { departmentCode: string; seq: number; year: number };
}) {
  const t = useT();
  const labels = contractSettingsLabels(t);
  const pattern = (values[PATTERN] ?? "").trim();
  const preview =
    pattern && !errors?.[PATTERN]?.length
      ? t(`${K}contractNumberPreview`, {
          number: formatContractNumber(pattern, numberExample),
          code: numberExample.departmentCode,
        })
      : "";
  const field = settingsField(labels, errors, values);
  const rows = Array.from({ length: rowCount(values, typed) }, (_, i) => i);
  return (
    <fieldset>
      <legend>{t(`${K}contracts`)}</legend>
      {field(PATTERN, {
        required: true,
        maxLength: MAX_CONTRACT_NUMBER_PATTERN,
        hint: [t(`${K}contractNumberPatternHint`), preview].filter(Boolean).join(" "),
      })}
      <fieldset
        id="f-contractRepresentatives"
        aria-describedby={
          [
            "contractRepresentatives-hint",
            errors?.contractRepresentatives ? "contractRepresentatives-error" : "",
          ]
            .filter(Boolean)
            .join(" ") || undefined
        }
      >
        <legend>{labels.contractRepresentatives}</legend>
        <p className="field__hint" id="contractRepresentatives-hint">
          {t(`${K}contractRepresentativesHint`, { max: MAX_REPRESENTATIVES })}
        </p>
        <FieldError id="contractRepresentatives-error" messages={errors?.contractRepresentatives} />
        {rows.map((i) => (
          <div className="field-row" key={i}>
            {field(`contractRepresentatives.${i}.name`, { autoComplete: "off" })}
            {field(`contractRepresentatives.${i}.function`, { autoComplete: "off" })}
          </div>
        ))}
      </fieldset>
      {field("contractAllowedShift", {
        required: true,
        inputMode: "decimal",
        maxLength: 6,
        hint: t(`${K}contractAllowedShiftHint`),
      })}
      {field("contractFinalReportDays", {
        required: true,
        inputMode: "numeric",
        maxLength: 3,
        hint: t(`${K}contractFinalReportDaysHint`),
      })}
      {field("returnBankAccount", {
        inputMode: "text",
        maxLength: 40,
        autoComplete: "off",
        hint: t(`${K}returnBankAccountHint`),
      })}
    </fieldset>
  );
}

/** A settings field by its name: its label, what was typed or stored, its errors. */
export function settingsField(
  labels: Record<string, string>,
  errors: FieldErrors | undefined,
  values: Record<string, string>,
) {
  return (name: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      name={name}
      label={labels[name] ?? name}
      errors={errors}
      defaultValue={values[name] ?? ""}
      maxLength={200}
      {...extra}
    />
  );
}
