import type { ReportTotals } from "~/domain/reports/calculations";
import type { ReportContent } from "~/domain/reports/content";
import type { ReportSectionKey } from "~/domain/reports/schemas";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";
import { Field, FieldError, type FieldErrors, PostForm } from "../forms";

/*
 * The organisation's report form: one fieldset per section of the template, each its own form with
 * its own save button (works without JavaScript). Values come back as typed after a refusal; the
 * lines over the allowed shift say so in words.
 */

/** Grosze as typed in a money input ("1234,56"). */
export function moneyInput(grosze: number): string {
  const sign = grosze < 0 ? "-" : "";
  const abs = Math.abs(grosze);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

export interface SectionState {
  /** Typed values when the last save of this section was refused. */
  values?: Record<string, string>;
  errors?: FieldErrors;
}

interface SectionProps {
  section: ReportSectionKey;
  revision: number;
  state: SectionState;
  legend: string;
  children: React.ReactNode;
}

/** One section's own form with its save button (the list of documents reuses it). */
export function SectionForm(props: SectionProps) {
  const t = useT();
  return (
    <section id={props.section} aria-labelledby={`${props.section}-legend`}>
      <PostForm>
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="section" value={props.section} />
        <input type="hidden" name="revision" value={props.revision} />
        <fieldset>
          <legend id={`${props.section}-legend`}>{props.legend}</legend>
          {props.children}
        </fieldset>
        <button type="submit">{t("reports.form.save", { section: props.legend })}</button>
      </PostForm>
    </section>
  );
}

export function ReportForm(props: {
  content: ReportContent;
  totals: ReportTotals;
  revision: number;
  states: Partial<Record<ReportSectionKey, SectionState>>;
  /** The optional list of accounting documents, shown after part III. */
  documents?: React.ReactNode;
}) {
  const t = useT();
  const c = props.content;
  const state = (s: ReportSectionKey): SectionState => props.states[s] ?? {};
  const v = (s: ReportSectionKey, name: string, fallback: string | number | null): string =>
    state(s).values?.[name] ?? (fallback === null ? "" : String(fallback));
  const checked = (name: keyof ReportContent["declarations"]) => {
    const typed = state("declarations").values;
    return typed ? typed[name] === "on" : c.declarations[name];
  };
  return (
    <>
      <SectionForm
        section="substantive"
        revision={props.revision}
        state={state("substantive")}
        legend={t("reports.section.substantive")}
      >
        <Field
          name="achievement"
          label={t("reports.substantive.achievement")}
          multiline
          maxLength={10_000}
          defaultValue={v("substantive", "achievement", c.achievement)}
          errors={state("substantive").errors}
        />
        {c.actions.map((a, i) => (
          <Field
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are the plan's positions, never reordered
            key={`a${i}`}
            name={`actions.${i}.done`}
            label={t("reports.substantive.actionDone", { name: a.name })}
            hint={a.planned}
            multiline
            defaultValue={v("substantive", `actions.${i}.done`, a.done)}
            errors={state("substantive").errors}
          />
        ))}
        {c.indicators.map((ind, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are the plan's positions, never reordered
          <div key={`i${i}`} className="field-group">
            <Field
              name={`indicators.${i}.achieved`}
              label={t("reports.substantive.indicatorAchieved", { name: ind.name })}
              hint={t("reports.substantive.indicatorPlanned", { planned: ind.planned })}
              defaultValue={v("substantive", `indicators.${i}.achieved`, ind.achieved)}
              errors={state("substantive").errors}
            />
            <Field
              name={`indicators.${i}.comment`}
              label={t("reports.substantive.indicatorComment", { name: ind.name })}
              defaultValue={v("substantive", `indicators.${i}.comment`, ind.comment)}
              errors={state("substantive").errors}
            />
          </div>
        ))}
        <Field
          name="beneficiaries"
          label={t("reports.substantive.beneficiaries")}
          inputMode="numeric"
          defaultValue={v("substantive", "beneficiaries", c.beneficiaries)}
          errors={state("substantive").errors}
        />
        <Field
          name="deviations"
          label={t("reports.substantive.deviations")}
          multiline
          defaultValue={v("substantive", "deviations", c.deviations)}
          errors={state("substantive").errors}
        />
      </SectionForm>
      <SectionForm
        section="financial"
        revision={props.revision}
        state={state("financial")}
        legend={t("reports.section.financial")}
      >
        {c.costLines.map((l, i) => {
          const flagged = props.totals.lines[i]?.flagged ?? false;
          return (
            <div key={l.key} className={flagged ? "field-group field-group--flagged" : "field-group"}>
              <Field
                name={`costLines.${i}.actual`}
                label={t("reports.financial.lineActual", { no: l.key, name: l.name })}
                hint={t("reports.financial.linePlanned", { planned: formatMoney(l.planned) })}
                inputMode="decimal"
                defaultValue={v("financial", `costLines.${i}.actual`, moneyInput(l.actual))}
                errors={state("financial").errors}
              />
              {flagged ? <p className="notice notice--warning">{t("reports.financial.flagged")}</p> : null}
              <Field
                name={`costLines.${i}.explanation`}
                label={t("reports.financial.lineExplanation", { no: l.key })}
                multiline
                defaultValue={v("financial", `costLines.${i}.explanation`, l.explanation)}
                errors={state("financial").errors}
              />
            </div>
          );
        })}
        {(["grant", "financial", "personal", "inKind"] as const).map((k) => (
          <Field
            key={k}
            name={`sources.${k}`}
            label={t(`reports.financial.source.${k}`)}
            hint={t("reports.financial.linePlanned", { planned: formatMoney(c.sources.planned[k]) })}
            inputMode="decimal"
            defaultValue={v("financial", `sources.${k}`, moneyInput(c.sources.actual[k]))}
            errors={state("financial").errors}
          />
        ))}
        {(["otherIncome", "interestEarned", "interestSpent"] as const).map((k) => (
          <Field
            key={k}
            name={k}
            label={t(`reports.financial.${k}`)}
            inputMode="decimal"
            defaultValue={v("financial", k, moneyInput(c[k]))}
            errors={state("financial").errors}
          />
        ))}
      </SectionForm>
      <SectionForm
        section="additional"
        revision={props.revision}
        state={state("additional")}
        legend={t("reports.section.additional")}
      >
        <Field
          name="additionalInfo"
          label={t("reports.additional.info")}
          multiline
          defaultValue={v("additional", "additionalInfo", c.additionalInfo)}
          errors={state("additional").errors}
        />
      </SectionForm>
      {props.documents}
      <SectionForm
        section="declarations"
        revision={props.revision}
        state={state("declarations")}
        legend={t("reports.section.declarations")}
      >
        {(["truthful", "vatAccounting", "dataConsent"] as const).map((k) => {
          const errors = state("declarations").errors?.[k];
          return (
            <div key={k} className={`field field--checkbox${errors?.length ? " field--error" : ""}`}>
              <input
                type="checkbox"
                id={`f-${k}`}
                name={k}
                defaultChecked={checked(k)}
                aria-invalid={errors?.length ? true : undefined}
                aria-describedby={errors?.length ? `f-${k}-error` : undefined}
              />
              <label htmlFor={`f-${k}`}>{t(`reports.declarations.${k}`)}</label>
              <FieldError id={`f-${k}-error`} messages={errors} />
            </div>
          );
        })}
      </SectionForm>
    </>
  );
}
