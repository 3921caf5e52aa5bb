import { defaultCriteriaFor, defaultPassThreshold } from "~/domain/competitions/rules";
import type { CompetitionDraft } from "~/domain/competitions/schemas";
import { toWarsawLocalInput } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { percentInput } from "~/platform/format/percent";

/*
 * A draft as the form's values: the same shape parseForm gives back after a refusal (repeated
 * fields joined with new lines), so the form renders stored and refused values alike.
 */

/** "1 234,56" for the form (the same grouping as on screen, without "zł"). */
export function moneyInput(grosze: number | null | undefined): string {
  return grosze === null || grosze === undefined ? "" : formatMoney(grosze).replace(/\u00a0zł$/, "");
}

export function draftToFormValues(draft: Partial<CompetitionDraft>): Record<string, string> {
  const v: Record<string, string> = {};
  const text = [
    "departmentId",
    "legalBasisId",
    "areaCode",
    "title",
    "taskDescription",
    "awardRules",
  ] as const;
  for (const key of text) if (draft[key]) v[key] = String(draft[key]);
  for (const key of [
    "taskConditions",
    "selectionProcedure",
    "taskStart",
    "taskEnd",
    "selectionDate",
  ] as const)
    if (draft[key]) v[key] = String(draft[key]);
  if (draft.offerDeadline) v.offerDeadline = toWarsawLocalInput(draft.offerDeadline);
  v.minGrant = moneyInput(draft.minGrant);
  v.maxGrant = moneyInput(draft.maxGrant);
  v.minOwnContributionBp = percentInput(draft.minOwnContributionBp);
  v.minFinancialContributionBp = percentInput(draft.minFinancialContributionBp);
  v.minPersonalContributionBp = percentInput(draft.minPersonalContributionBp);
  v.adminCostCapBp = percentInput(draft.adminCostCapBp);
  if (draft.passThreshold !== null && draft.passThreshold !== undefined)
    v.passThreshold = String(draft.passThreshold);
  v.eligibleLegalForms = (draft.eligibleLegalForms ?? []).join("\n");
  const join = <T>(rows: readonly T[] | undefined, pick: (row: T) => string) =>
    (rows ?? []).map(pick).join("\n");
  v.budgetYear = join(draft.budgetYears, (b) => String(b.year));
  v.budgetAmount = join(draft.budgetYears, (b) => moneyInput(b.amount));
  v.priorTaskYear = join(draft.priorTasks, (p) => String(p.year));
  v.priorTaskName = join(draft.priorTasks, (p) => p.name);
  v.priorTaskAmount = join(draft.priorTasks, (p) => moneyInput(p.amount));
  v.criterionCode = join(draft.criteria, (c) => c.code);
  v.criterionLabel = join(draft.criteria, (c) => c.label);
  v.criterionMaxPoints = join(draft.criteria, (c) => String(c.maxPoints));
  v.attachmentLabel = join(draft.requiredAttachments, (a) => a.label);
  return v;
}

/** A new draft's values: the art. 15 ust. 1 criteria with their default points and threshold. */
export function newDraftValues(defaults: {
  departmentId?: string;
  legalBasisId?: string;
}): Record<string, string> {
  const criteria = defaultCriteriaFor(true);
  return draftToFormValues({
    ...defaults,
    criteria,
    passThreshold: defaultPassThreshold(criteria),
    requiredAttachments: [{ label: "Aktualny odpis z rejestru lub innej ewidencji (jeśli nie jest w KRS)" }],
  });
}
