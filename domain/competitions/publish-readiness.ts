import type { FieldErrors } from "../../platform/errors/app-error";
import { calendarDaysBetween, warsawDateOf, warsawDatePlusDays } from "../../platform/format/dates";
import { type BudgetYear, type CompetitionRow, type LegalBasisRow, totalFunds } from "./access";

/**
 * What a draft still lacks before it may be published, as errors by field (empty when ready). The
 * announcement must hold the content of UDPP art. 13 ust. 2, and its deadline must be at least the
 * legal basis's minimum of calendar days after publication (UDPP art. 13 ust. 1: 21 days),
 * counted on Warsaw dates — so a DST change in between neither adds nor takes an hour's worth.
 */
export function publishReadiness(input: {
  competition: CompetitionRow;
  budgetYears: readonly BudgetYear[];
  basis: LegalBasisRow;
  now: Date;
}): FieldErrors {
  const { competition: c, basis, now } = input;
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => {
    errors[field] = [...(errors[field] ?? []), message];
  };
  const required = "competition.error.requiredToPublish";
  for (const field of ["taskDescription", "awardRules", "taskConditions", "selectionProcedure"] as const) {
    if (!c[field].trim()) add(field, required);
  }
  if (!c.taskStart) add("taskStart", required);
  if (!c.taskEnd) add("taskEnd", required);
  if (!c.selectionDate) add("selectionDate", required);
  if (c.eligibleLegalForms.length === 0) add("eligibleLegalForms", "competition.error.legalFormsRequired");
  if (c.criteria.length === 0) add("criteria", "competition.error.criteriaRequired");
  if (c.passThreshold === null) add("passThreshold", required);
  const funds = totalFunds(input.budgetYears);
  if (input.budgetYears.length === 0 || funds <= 0) add("budgetYears", "competition.error.fundsRequired");
  if (c.maxGrant !== null && funds > 0 && c.maxGrant > funds)
    add("maxGrant", "competition.error.maxGrantAboveFunds");
  if (basis.requiresOwnContribution && !c.minOwnContributionBp)
    add("minOwnContributionBp", "competition.error.ownContributionRequired");
  if (!c.offerDeadline) {
    add("offerDeadline", required);
  } else {
    const minimum = basis.minDaysToDeadline;
    if (calendarDaysBetween(now, c.offerDeadline) < minimum || c.offerDeadline <= now) {
      add(
        "offerDeadline",
        `competition.error.deadlineTooSoon|${JSON.stringify({
          days: minimum,
          article: basis.minDaysArticle,
          earliest: warsawDatePlusDays(now, minimum),
        })}`,
      );
    }
    if (c.selectionDate && c.selectionDate < warsawDateOf(c.offerDeadline))
      add("selectionDate", "competition.error.selectionBeforeDeadline");
  }
  return errors;
}
