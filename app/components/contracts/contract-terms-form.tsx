import { translateError, useT } from "../../lib/shell";
import { Field, FieldError, type FieldErrors, PostForm, SelectField } from "../forms";

/*
 * The contract's terms (form, representatives, account, instalments, report dates, allowed shift,
 * report and return days) as one form that works without JavaScript: the rows given plus two
 * blank ones to add (blank rows are ignored). Errors sit next to their fields; a refused form comes
 * back with what was typed.
 */

export interface TermsValues {
  form: string;
  bankAccount: string;
  allowedShift: string;
  finalReportDays: string;
  returnDays: string;
  representatives: { name: string; function: string }[];
  instalments: { plannedOn: string; amount: string }[];
  reports: { kind: string; periodStart: string; periodEnd: string; dueOn: string }[];
}

const EXTRA_ROWS = 2;
const REPORT_KINDS = ["partial", "annual", "final"] as const;

/** The rows of a list: from the typed values when the form came back, else from the defaults. */
function rowsOf<K extends string>(
  typed: Record<string, string> | undefined,
  prefix: string,
  fields: readonly K[],
  defaults: readonly Record<K, string>[],
): Record<K, string>[] {
  if (!typed) return [...defaults, ...Array.from({ length: EXTRA_ROWS }, () => blankRow(fields))];
  const indexes = Object.keys(typed)
    .map((k) => new RegExp(`^${prefix}\\.(\\d+)\\.`).exec(k)?.[1])
    .filter((i): i is string => i !== undefined)
    .map(Number);
  const count = indexes.length ? Math.max(...indexes) + 1 : 0;
  return Array.from({ length: count }, (_, i) => {
    const row = blankRow(fields);
    for (const f of fields) row[f] = typed[`${prefix}.${i}.${f}`] ?? "";
    return row;
  });
}

function blankRow<K extends string>(fields: readonly K[]): Record<K, string> {
  return Object.fromEntries(fields.map((f) => [f, ""])) as Record<K, string>;
}

export function ContractTermsForm(props: {
  defaults: TermsValues;
  /** What was typed, when the form came back refused. */
  typed?: Record<string, string>;
  errors?: FieldErrors;
  messageKey?: string;
  intent: "generate" | "edit";
  contractId?: string;
}) {
  const t = useT();
  const { defaults, typed, errors } = props;
  const value = (name: keyof TermsValues & string) => typed?.[name] ?? (defaults[name] as string);
  const representatives = rowsOf(
    typed,
    "representatives",
    ["name", "function"] as const,
    defaults.representatives,
  );
  const instalments = rowsOf(typed, "instalments", ["plannedOn", "amount"] as const, defaults.instalments);
  const reports = rowsOf(
    typed,
    "reports",
    ["kind", "periodStart", "periodEnd", "dueOn"] as const,
    defaults.reports,
  );
  return (
    <PostForm>
      {props.messageKey ? (
        <div className="notice notice--error" role="alert">
          <p>{translateError(t, props.messageKey)}</p>
        </div>
      ) : null}
      <input type="hidden" name="intent" value={props.intent} />
      {props.contractId ? <input type="hidden" name="contractId" value={props.contractId} /> : null}
      <fieldset aria-describedby={errors?.form ? "terms-form-error" : undefined}>
        <legend>{t("contracts.generate.form.legend")}</legend>
        <FieldError id="terms-form-error" messages={errors?.form} />
        <div className="radios">
          {(["support", "entrust"] as const).map((f) => (
            <div className="radio" key={f}>
              <input
                type="radio"
                id={`terms-form-${f}`}
                name="form"
                value={f}
                defaultChecked={value("form") === f}
              />
              <label htmlFor={`terms-form-${f}`}>{t(`contracts.generate.form.${f}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset aria-describedby={errors?.representatives ? "terms-representatives-error" : undefined}>
        <legend>{t("contracts.generate.representatives.legend")}</legend>
        <FieldError id="terms-representatives-error" messages={errors?.representatives} />
        {representatives.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form
          <div className="field-row" key={i}>
            <Field
              idPrefix="terms"
              name={`representatives.${i}.name`}
              label={t("contracts.generate.representatives.name", { n: i + 1 })}
              defaultValue={r.name}
              errors={errors}
              maxLength={200}
            />
            <Field
              idPrefix="terms"
              name={`representatives.${i}.function`}
              label={t("contracts.generate.representatives.function", { n: i + 1 })}
              defaultValue={r.function}
              errors={errors}
              maxLength={200}
            />
          </div>
        ))}
      </fieldset>
      <Field
        idPrefix="terms"
        name="bankAccount"
        label={t("contracts.generate.bankAccount")}
        hint={t("contracts.generate.bankAccountHint")}
        defaultValue={value("bankAccount")}
        errors={errors}
        required
      />
      <fieldset aria-describedby={errors?.instalments ? "terms-instalments-error" : undefined}>
        <legend>{t("contracts.generate.instalments.legend")}</legend>
        <p className="field__hint">{t("contracts.generate.instalments.hint")}</p>
        <FieldError id="terms-instalments-error" messages={errors?.instalments} />
        {instalments.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form
          <div className="field-row" key={i}>
            <Field
              idPrefix="terms"
              type="date"
              name={`instalments.${i}.plannedOn`}
              label={t("contracts.generate.instalments.date", { n: i + 1 })}
              defaultValue={r.plannedOn}
              errors={errors}
            />
            <Field
              idPrefix="terms"
              inputMode="decimal"
              name={`instalments.${i}.amount`}
              label={t("contracts.generate.instalments.amount", { n: i + 1 })}
              defaultValue={r.amount}
              errors={errors}
            />
          </div>
        ))}
      </fieldset>
      <fieldset aria-describedby={errors?.reports ? "terms-reports-error" : undefined}>
        <legend>{t("contracts.generate.reports.legend")}</legend>
        <p className="field__hint">{t("contracts.generate.reports.hint")}</p>
        <FieldError id="terms-reports-error" messages={errors?.reports} />
        {reports.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form
          <div className="field-row" key={i}>
            <SelectField
              idPrefix="terms"
              name={`reports.${i}.kind`}
              label={t("contracts.generate.reports.kind", { n: i + 1 })}
              defaultValue={r.kind}
              errors={errors}
              options={[
                { value: "", label: t("contracts.generate.reports.none") },
                ...REPORT_KINDS.map((k) => ({ value: k, label: t(`contracts.generate.reportKind.${k}`) })),
              ]}
            />
            <Field
              idPrefix="terms"
              type="date"
              name={`reports.${i}.periodStart`}
              label={t("contracts.generate.reports.periodStart", { n: i + 1 })}
              defaultValue={r.periodStart}
              errors={errors}
            />
            <Field
              idPrefix="terms"
              type="date"
              name={`reports.${i}.periodEnd`}
              label={t("contracts.generate.reports.periodEnd", { n: i + 1 })}
              defaultValue={r.periodEnd}
              errors={errors}
            />
            <Field
              idPrefix="terms"
              type="date"
              name={`reports.${i}.dueOn`}
              label={t("contracts.generate.reports.dueOn", { n: i + 1 })}
              defaultValue={r.dueOn}
              errors={errors}
            />
          </div>
        ))}
      </fieldset>
      <Field
        idPrefix="terms"
        name="allowedShift"
        inputMode="decimal"
        label={t("contracts.generate.allowedShift")}
        hint={t("contracts.generate.allowedShiftHint")}
        defaultValue={value("allowedShift")}
        errors={errors}
        required
      />
      <Field
        idPrefix="terms"
        name="finalReportDays"
        inputMode="numeric"
        label={t("contracts.generate.finalReportDays")}
        hint={t("contracts.generate.finalReportDaysHint")}
        defaultValue={value("finalReportDays")}
        errors={errors}
        required
      />
      <Field
        idPrefix="terms"
        name="returnDays"
        inputMode="numeric"
        label={t("contracts.generate.returnDays")}
        hint={t("contracts.generate.returnDaysHint")}
        defaultValue={value("returnDays")}
        errors={errors}
        required
      />
      <button type="submit" className="primary">
        {t(props.intent === "edit" ? "contracts.generate.submitEdit" : "contracts.generate.submit")}
      </button>
    </PostForm>
  );
}
