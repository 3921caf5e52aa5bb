import type { competitions } from "../../platform/db/schema/competitions";
import type { BudgetYear, CompetitionRow, PriorTask } from "./access";
import type { CompetitionDraft } from "./schemas";

type Columns = Omit<
  typeof competitions.$inferInsert,
  "id" | "tenantId" | "status" | "version" | "createdAt" | "createdBy" | "updatedAt" | "updatedBy"
>;

/** The draft's fields as the competitions row stores them (children go to their own tables). */
export function draftToColumns(draft: CompetitionDraft): Columns {
  return {
    departmentId: draft.departmentId,
    legalBasisId: draft.legalBasisId,
    areaCode: draft.areaCode,
    title: draft.title,
    taskDescription: draft.taskDescription,
    awardRules: draft.awardRules,
    taskConditions: draft.taskConditions,
    taskStart: draft.taskStart,
    taskEnd: draft.taskEnd,
    offerDeadline: draft.offerDeadline,
    selectionProcedure: draft.selectionProcedure,
    selectionDate: draft.selectionDate,
    eligibleLegalForms: draft.eligibleLegalForms,
    minGrant: draft.minGrant,
    maxGrant: draft.maxGrant,
    minOwnContributionBp: draft.minOwnContributionBp,
    minFinancialContributionBp: draft.minFinancialContributionBp,
    minPersonalContributionBp: draft.minPersonalContributionBp,
    adminCostCapBp: draft.adminCostCapBp,
    passThreshold: draft.passThreshold,
    criteria: draft.criteria,
    requiredAttachments: draft.requiredAttachments,
  };
}

/** A stored competition back in the draft's shape (for editing, copying and comparing). */
export function rowToDraft(
  row: CompetitionRow,
  children: { budgetYears: BudgetYear[]; priorTasks: PriorTask[] },
): CompetitionDraft {
  return {
    departmentId: row.departmentId,
    legalBasisId: row.legalBasisId,
    areaCode: row.areaCode as CompetitionDraft["areaCode"],
    title: row.title,
    taskDescription: row.taskDescription,
    awardRules: row.awardRules,
    taskConditions: row.taskConditions,
    taskStart: row.taskStart,
    taskEnd: row.taskEnd,
    offerDeadline: row.offerDeadline,
    selectionProcedure: row.selectionProcedure,
    selectionDate: row.selectionDate,
    eligibleLegalForms: row.eligibleLegalForms as CompetitionDraft["eligibleLegalForms"],
    minGrant: row.minGrant,
    maxGrant: row.maxGrant,
    minOwnContributionBp: row.minOwnContributionBp,
    minFinancialContributionBp: row.minFinancialContributionBp,
    minPersonalContributionBp: row.minPersonalContributionBp,
    adminCostCapBp: row.adminCostCapBp,
    passThreshold: row.passThreshold,
    criteria: row.criteria,
    requiredAttachments: row.requiredAttachments,
    budgetYears: children.budgetYears,
    priorTasks: children.priorTasks,
  };
}

/** Fields whose value differs between two drafts, with both values, for the audit log and amendments. */
export function changedFields(
  before: Partial<CompetitionDraft>,
  after: Partial<CompetitionDraft>,
): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof CompetitionDraft>;
  for (const key of keys) {
    const a = JSON.stringify(before[key] ?? null);
    const b = JSON.stringify(after[key] ?? null);
    if (a !== b) out[key] = { before: JSON.parse(a), after: JSON.parse(b) };
  }
  return out;
}
