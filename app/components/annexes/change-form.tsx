import { CHANGE_KINDS } from "~/domain/annexes/schemas";
import { calculateCosts } from "~/domain/offers/calculations";
import { formatMoney } from "~/platform/format/money";
import { lenientSection } from "../../lib/offers/section-values";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, FieldError, type FieldErrors, PostForm } from "../forms";
import { type ActionOption, CostsTable } from "../offers/costs-table";
import { ControlError, controlAttributes, RemoveRowButton, RowField, RowGroup } from "../offers/field-parts";
import { useFieldLabel } from "./change-diff";

/**
 * The change request's form: the kinds of change, the justification, and per kind the proposed
 * values prefilled with the contract's current ones (schedule dates, the whole cost table and its
 * sources, the indicators, the account, a free description). Works without JavaScript: "Dodaj
 * wiersz" and "Usuń" are submit buttons that save nothing; "Sprawdź zmiany" shows the difference.
 */
export function ChangeForm(props: {
  values: Record<string, string>;
  errors: FieldErrors;
  focus?: string;
  actionNames: string[];
  options: {
    actions: ActionOption[];
    years: number[];
    splitAmong: { organizationId: string; name: string }[];
  };
}) {
  const t = useT();
  const { values, errors } = props;
  const kinds = (values.kinds ?? "").split("\n");
  const kindError = controlAttributes("kinds", errors as Record<string, string[]>);
  const calc = calculateCosts(lenientSection("costs", values));
  const date = (name: string, label: string) => (
    <Field
      key={name}
      name={name}
      label={label}
      type="date"
      defaultValue={values[name] ?? ""}
      errors={errors}
    />
  );
  return (
    <PostForm>
      <ErrorSummary errors={errors} labels={useErrorLabels(errors)} />
      <fieldset id="f-kinds" tabIndex={-1} aria-describedby={kindError.errorId}>
        <legend>{t("annexes.kinds.legend")}</legend>
        <ControlError id={kindError.errorId} messages={kindError.messages} />
        {CHANGE_KINDS.map((k) => (
          <div className="checkbox" key={k}>
            <input
              type="checkbox"
              id={`f-kinds-${k}`}
              name="kinds"
              value={k}
              defaultChecked={kinds.includes(k)}
            />
            <label htmlFor={`f-kinds-${k}`}>{t(`annexes.kind.${k}`)}</label>
          </div>
        ))}
      </fieldset>
      <Field
        name="justification"
        label={t("annexes.form.justification")}
        hint={t("annexes.form.justification.hint")}
        multiline
        required
        maxLength={4000}
        defaultValue={values.justification ?? ""}
        errors={errors}
      />
      <fieldset id="f-actions" tabIndex={-1}>
        <legend>{t("annexes.kind.schedule")}</legend>
        <p className="field__hint">{t("annexes.form.schedule.hint")}</p>
        <FieldError id="f-actions-error" messages={errors.actions} />
        {date("taskStart", t("annexes.field.taskStart"))}
        {date("taskEnd", t("annexes.field.taskEnd"))}
        {props.actionNames.map((name, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the schedule's rows are positions
          <div key={i}>
            {date(`actions.${i}.start`, t("annexes.form.actionStart", { n: i + 1, name: name || "—" }))}
            {date(`actions.${i}.end`, t("annexes.form.actionEnd", { n: i + 1, name: name || "—" }))}
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("annexes.kind.costs")}</legend>
        <p className="field__hint">{t("annexes.form.costs.hint")}</p>
        <CostsTable
          values={values}
          errors={errors as Record<string, string[]>}
          calc={calc}
          actions={props.options.actions}
          years={props.options.years}
          editable
          focus={props.focus}
        />
        <p>
          {t("annexes.form.total")} <output>{formatMoney(calc.totals.total)}</output>
        </p>
        {(["grant", "financial", "fees", "personal", "inKind"] as const).map((k) => (
          <Field
            key={k}
            name={`sources.${k}`}
            label={t(`annexes.source.${k}`)}
            inputMode="decimal"
            defaultValue={values[`sources.${k}`] ?? ""}
            errors={errors}
          />
        ))}
        {props.options.splitAmong.length > 0 ? (
          <fieldset id="f-split" tabIndex={-1}>
            <legend>{t("annexes.form.split")}</legend>
            <FieldError id="f-split-error" messages={errors.split} />
            {props.options.splitAmong.map((o, i) => (
              <div key={o.organizationId}>
                <input type="hidden" name={`split.${i}.organizationId`} value={o.organizationId} />
                <Field
                  name={`split.${i}.amount`}
                  label={o.name || t("annexes.field.split", { n: i + 1 })}
                  inputMode="decimal"
                  defaultValue={values[`split.${i}.amount`] ?? ""}
                  errors={errors}
                />
              </div>
            ))}
          </fieldset>
        ) : null}
        <div id="f-sources.own" tabIndex={-1}>
          <FieldError id="f-sources.own-error" messages={errors["sources.own"]} />
        </div>
      </fieldset>
      <RowGroup
        group="indicators"
        legend={t("annexes.kind.results")}
        addLabel={t("annexes.form.addIndicator")}
        values={values}
        errors={errors as Record<string, string[]>}
        max={30}
        editable
        focus={props.focus}
      >
        {(count) =>
          Array.from({ length: count }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form
            <fieldset key={i}>
              <legend>{t("annexes.form.indicatorN", { n: i + 1 })}</legend>
              {(["name", "target", "monitoring"] as const).map((k) => (
                <RowField
                  key={k}
                  name={`indicators.${i}.${k}`}
                  label={t(`annexes.field.indicator.${k}`, { n: i + 1 })}
                  values={values}
                  errors={errors as Record<string, string[]>}
                  focus={props.focus}
                />
              ))}
              <RemoveRowButton
                group="indicators"
                index={i}
                rowName={t("annexes.form.indicatorN", { n: i + 1 })}
              />
            </fieldset>
          ))
        }
      </RowGroup>
      <Field
        name="bankAccount"
        label={t("annexes.field.bankAccount")}
        autoComplete="off"
        defaultValue={values.bankAccount ?? ""}
        errors={errors}
      />
      <Field
        name="otherChange"
        label={t("annexes.form.other")}
        multiline
        maxLength={4000}
        defaultValue={values.otherChange ?? ""}
        errors={errors}
      />
      <div className="actions">
        <button type="submit" name="intent" value="preview">
          {t("annexes.form.preview")}
        </button>
        <button type="submit" name="intent" value="submit" className="primary">
          {t("annexes.form.submit")}
        </button>
      </div>
    </PostForm>
  );
}

/** The error summary's label of each field in error. */
function useErrorLabels(errors: FieldErrors): Record<string, string> {
  const t = useT();
  const fieldLabel = useFieldLabel();
  const fixed: Record<string, string> = {
    kinds: t("annexes.kinds.label"),
    justification: t("annexes.form.justification"),
    otherChange: t("annexes.form.other"),
    rows: t("annexes.kind.costs"),
    actions: t("annexes.kind.schedule"),
    indicators: t("annexes.kind.results"),
    "sources.own": t("annexes.field.ownContribution"),
  };
  const labels: Record<string, string> = {};
  for (const name of Object.keys(errors)) {
    const row = /^rows\.(\d+)\./.exec(name);
    const source = /^sources\.(grant|financial|fees|personal|inKind)$/.exec(name);
    labels[name] =
      fixed[name] ??
      (row
        ? t("annexes.summary.costRow", { n: Number(row[1]) + 1 })
        : source
          ? t(`annexes.source.${source[1]}`)
          : fieldLabel(name));
  }
  return labels;
}
