import type { FieldErrors } from "../../platform/errors/app-error";
import { reportTotals } from "./calculations";
import type { ReportContent } from "./content";

/*
 * What a report needs before it can be submitted (Dz.U. 2018 poz. 2057 zał. 5; UDPP art. 18):
 * part I filled in, every line over the allowed shift explained (framework contract zał. 3 § 10),
 * the grant accounted for no more than the grant paid so far, the sources adding up to the actual
 * costs, the interest spent no more than earned, every listed accounting document charged to a
 * cost line of the plan, and all declarations ticked. Keys are the form's
 * field names with the section in front ("financial:costLines.2.explanation").
 */

export interface SubmissionFacts {
  allowedShiftBp: number;
  /** The sum of the instalments paid. */
  grantPaid: number;
}

export function submissionIssues(content: ReportContent, facts: SubmissionFacts): FieldErrors {
  const errors: FieldErrors = {};
  const add = (key: string, message: string) => {
    errors[key] = [...(errors[key] ?? []), message];
  };
  if (content.achievement.trim() === "") add("substantive:achievement", "form.required");
  content.actions.forEach((a, i) => {
    if (a.done.trim() === "") add(`substantive:actions.${i}.done`, "form.required");
  });
  content.indicators.forEach((ind, i) => {
    if (ind.achieved.trim() === "") add(`substantive:indicators.${i}.achieved`, "form.required");
  });
  const totals = reportTotals(content, facts.allowedShiftBp);
  content.costLines.forEach((l, i) => {
    if (totals.unexplained.includes(l.key))
      add(`financial:costLines.${i}.explanation`, "reports.error.explainShift");
  });
  for (const message of grantIssues(content, facts)) add("financial:sources.grant", message);
  if (totals.sources.actual.total !== totals.actual)
    add("financial:sources.grant", "reports.error.sourcesMismatch");
  if (content.interestSpent > content.interestEarned)
    add("financial:interestSpent", "reports.error.interestSpent");
  // A document charged to a line an annex has since removed from the plan must be moved first.
  const lineKeys = new Set(content.costLines.map((l) => l.key));
  content.documents.forEach((d, i) => {
    if (!lineKeys.has(d.costLine)) add(`documents:documents.${i}.costLine`, "reports.error.unknownCostLine");
  });
  for (const [k, v] of Object.entries(content.declarations))
    if (!v) add(`declarations:${k}`, "reports.error.declarationRequired");
  return errors;
}

/** The actual grant cannot exceed the grant paid so far (a field error also when saving). */
export function grantIssues(
  content: Pick<ReportContent, "sources">,
  facts: Pick<SubmissionFacts, "grantPaid">,
) {
  return content.sources.actual.grant > facts.grantPaid ? ["reports.error.grantOverPaid"] : [];
}
