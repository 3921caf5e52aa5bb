import type { ComponentProps } from "react";
import { COMPETITION_LIMITS, MAX_BUDGET_YEARS } from "~/domain/competitions/rules";
import { deadlineShiftWarning } from "~/domain/competitions/schemas";
import { PUBLIC_BENEFIT_AREAS } from "~/domain/organizations/areas";
import { translateError, useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm, SelectField } from "../forms";
import { LegalFormsFieldset } from "./legal-forms-fieldset";
import { type RowColumn, RowsFieldset } from "./rows-fieldset";

export interface FormOptions {
  departments: { id: string; name: string }[];
  legalBases: { id: string; label: string; article: string; minDaysToDeadline: number }[];
}

/** The repeated rows of the form: their group name (for "add row"), schema path and columns. */
export function rowGroups(t: (key: string) => string) {
  const col = (field: string, key: string, label: string, extra: Partial<RowColumn> = {}): RowColumn => ({
    field,
    key,
    label: t(label),
    ...extra,
  });
  return {
    budget: {
      path: "budgetYears",
      max: MAX_BUDGET_YEARS,
      columns: [
        col("budgetYear", "year", "competition.field.budgetYear", { inputMode: "numeric", size: 6 }),
        col("budgetAmount", "amount", "competition.field.budgetAmount", { inputMode: "decimal" }),
      ],
    },
    criteria: {
      path: "criteria",
      max: COMPETITION_LIMITS.criteria,
      columns: [
        col("criterionCode", "code", "competition.field.criterionCode", { hidden: true }),
        col("criterionLabel", "label", "competition.field.criterionLabel", { size: 50 }),
        col("criterionMaxPoints", "maxPoints", "competition.field.criterionMaxPoints", {
          inputMode: "numeric",
          size: 5,
        }),
      ],
    },
    attachments: {
      path: "requiredAttachments",
      max: COMPETITION_LIMITS.attachments,
      columns: [col("attachmentLabel", "label", "competition.field.attachmentLabel", { size: 60 })],
    },
    prior: {
      path: "priorTasks",
      max: COMPETITION_LIMITS.priorTasks,
      columns: [
        col("priorTaskYear", "year", "competition.field.priorTaskYear", { inputMode: "numeric", size: 6 }),
        col("priorTaskName", "name", "competition.field.priorTaskName", { size: 40 }),
        col("priorTaskAmount", "amount", "competition.field.priorTaskAmount", { inputMode: "decimal" }),
      ],
    },
  } as const;
}
export type RowGroup = keyof ReturnType<typeof rowGroups>;

/** Labels of every field (also of row cells), for the error summary at the top. */
function summaryLabels(
  t: (key: string, p?: Record<string, string | number>) => string,
  errors: FieldErrors = {},
) {
  const labels: Record<string, string> = {};
  for (const key of Object.keys(errors)) {
    const row = /^(\w+)\.(\d+)\.(\w+)$/.exec(key);
    if (row) {
      const group = Object.values(rowGroups(t)).find((g) => g.path === row[1]);
      const column = group?.columns.find((c) => c.key === row[3]);
      labels[key] = t("competition.form.rowLabel", {
        label: column?.label ?? row[3] ?? "",
        n: Number(row[2]) + 1,
      });
    } else {
      labels[key] = t(`competition.field.${key}`);
    }
  }
  return labels;
}

/**
 * The competition's draft form (new and edit): every part of the announcement and every parameter
 * offers must meet. Works without JavaScript; a refused or "add row" answer renders it again with
 * everything typed.
 */
export function CompetitionForm(props: {
  values: Record<string, string>;
  errors?: FieldErrors;
  options: FormOptions;
  version?: number;
  focusGroup?: string;
  submitLabel: string;
  /** The deadline as typed before a save that moved it (DST change), for the warning beside it. */
  deadlineTyped?: string | null;
}) {
  const t = useT();
  const v = props.values;
  const e = props.errors;
  const groups = rowGroups(t);
  /** A field of the form: its label from the catalogue, its error and what was typed. */
  const field = (name: string, extra: Partial<ComponentProps<typeof Field>> = {}) => (
    <Field name={name} label={t(`competition.field.${name}`)} errors={e} defaultValue={v[name]} {...extra} />
  );
  const dateHint = t("competition.form.dateHint");
  const moneyHint = t("competition.form.moneyHint");
  const percentHint = t("competition.form.percentHint");
  const deadlineWarning = deadlineShiftWarning(props.deadlineTyped ?? v.offerDeadline);
  const rows = (group: RowGroup, legend: string, hint?: string) => (
    <RowsFieldset
      group={group}
      path={groups[group].path}
      legend={t(legend)}
      hint={hint ? t(hint) : undefined}
      columns={[...groups[group].columns]}
      values={v}
      errors={e}
      maxRows={groups[group].max}
      focusLastRow={props.focusGroup === group}
    />
  );
  return (
    <PostForm>
      {/* The first submit button is the one Enter presses: saving, not adding a row. */}
      <button
        type="submit"
        name="intent"
        value="save"
        style={{ display: "none" }}
        tabIndex={-1}
        aria-hidden="true"
      >
        {props.submitLabel}
      </button>
      {props.version ? <input type="hidden" name="version" value={props.version} /> : null}
      <ErrorSummary errors={e} labels={summaryLabels(t, e)} />
      <fieldset>
        <legend>{t("competition.form.basics")}</legend>
        <SelectField
          name="departmentId"
          label={t("competition.field.departmentId")}
          required
          errors={e}
          defaultValue={v.departmentId}
          options={props.options.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <SelectField
          name="legalBasisId"
          label={t("competition.field.legalBasisId")}
          hint={t("competition.field.legalBasisId.hint")}
          required
          errors={e}
          defaultValue={v.legalBasisId}
          options={props.options.legalBases.map((b) => ({
            value: b.id,
            label: t("competition.legalBasisOption", {
              label: b.label,
              article: b.article,
              days: b.minDaysToDeadline,
            }),
          }))}
        />
        <SelectField
          name="areaCode"
          label={t("competition.field.areaCode")}
          required
          errors={e}
          defaultValue={v.areaCode}
          options={[
            { value: "", label: t("competition.form.choose") },
            ...PUBLIC_BENEFIT_AREAS.map((a) => ({ value: a.code, label: t(`org.area.${a.code}`) })),
          ]}
        />
        {field("title", { required: true, maxLength: COMPETITION_LIMITS.title })}
      </fieldset>
      <fieldset>
        <legend>{t("competition.form.task")}</legend>
        {field("taskDescription", { multiline: true })}
        {field("taskConditions", { multiline: true })}
        {field("taskStart", { type: "date", hint: dateHint })}
        {field("taskEnd", { type: "date", hint: dateHint })}
      </fieldset>
      <fieldset>
        <legend>{t("competition.form.money")}</legend>
        {field("awardRules", { multiline: true })}
        {field("minGrant", { hint: moneyHint, inputMode: "decimal" })}
        {field("maxGrant", { hint: moneyHint, inputMode: "decimal" })}
        {field("minOwnContributionBp", { hint: percentHint, inputMode: "decimal" })}
        {field("minFinancialContributionBp", { hint: percentHint, inputMode: "decimal" })}
        {field("minPersonalContributionBp", { hint: percentHint, inputMode: "decimal" })}
        {field("adminCostCapBp", { hint: percentHint, inputMode: "decimal" })}
      </fieldset>
      {rows("budget", "competition.field.budgetYears", "competition.form.budgetHint")}
      <LegalFormsFieldset selected={(v.eligibleLegalForms ?? "").split("\n").filter(Boolean)} errors={e} />
      <fieldset>
        <legend>{t("competition.form.selection")}</legend>
        {field("offerDeadline", { hint: t("competition.form.deadlineHint"), autoComplete: "off" })}
        {deadlineWarning ? (
          <p className="notice" id="f-offerDeadline-warning" role="status">
            {translateError(t, deadlineWarning)}
          </p>
        ) : null}
        {field("selectionProcedure", { multiline: true })}
        {field("selectionDate", { type: "date", hint: dateHint })}
        {field("passThreshold", { inputMode: "numeric" })}
      </fieldset>
      {rows("criteria", "competition.field.criteria", "competition.form.criteriaHint")}
      {rows("attachments", "competition.field.requiredAttachments", "competition.form.rowsHint")}
      {rows("prior", "competition.field.priorTasks", "competition.form.priorHint")}
      <div className="actions">
        <button type="submit" name="intent" value="save" className="primary">
          {props.submitLabel}
        </button>
      </div>
    </PostForm>
  );
}
