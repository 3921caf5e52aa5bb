import { formatMoney } from "../../platform/format/money";
import { UPDATE_ROUND_SECTIONS } from "../offers/access";
import { type CostCalculation, calculateCosts } from "../offers/calculations";
import { type OfferContext, type OfferIssue, type OfferRules, parameterIssues } from "../offers/checks";
import type { OfferSections, SectionKey } from "../offers/sections";

/*
 * The rules of the update after the award (aktualizacja oferty, PROCESS.md §3), pure: which
 * results call for an update, and what no longer fits in the updated offer. The grant of V.B must
 * equal the awarded amount to the grosz; the competition's minimum own-contribution shares and the
 * administrative-cost cap still apply (the offers' parameter checks, with the awarded amount in
 * place of the competition's grant bounds).
 */

export const UPDATE_STATUSES = ["open", "submitted", "accepted", "returned", "withdrawn"] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

/** The rounds the organisation may still change and submit. */
export const EDITABLE_UPDATE_STATUSES: readonly UpdateStatus[] = ["open", "returned"];

/** The sections an update reopens; every other section stays as submitted. */
export const UPDATE_SECTIONS: readonly SectionKey[] = UPDATE_ROUND_SECTIONS;

/** A published result that asks for an update: funded with less than requested (and more than nothing). */
export function needsUpdate(result: {
  status: string;
  awardedAmount: number;
  requestedAmount: number;
}): boolean {
  return (
    result.status === "funded" && result.awardedAmount > 0 && result.awardedAmount < result.requestedAmount
  );
}

/** The competition's rules for an updated offer: the grant bounds give way to the awarded amount. */
export function updateRulesOf(rules: OfferRules): OfferRules {
  return { ...rules, minGrant: null, maxGrant: null };
}

/**
 * What no longer fits in the offer updated to `awarded` grosze: the grant differs from the award,
 * or the shares and caps of the competition are broken (each issue names the section and field).
 */
export function updateIssues(
  sections: OfferSections,
  rules: OfferRules,
  ctx: OfferContext,
  awarded: number,
  calc?: CostCalculation,
): OfferIssue[] {
  const c = calc ?? calculateCosts(sections.costs);
  const issues: OfferIssue[] = [];
  if (c.sources.grant !== awarded)
    issues.push({
      section: "costs",
      field: "sources.grant",
      message: `updates.error.grantNotAwarded|${JSON.stringify({
        awarded: formatMoney(awarded),
        grant: formatMoney(c.sources.grant),
      })}`,
    });
  return [...issues, ...parameterIssues(sections, updateRulesOf(rules), ctx, c)];
}

/** The issues grouped by section, in the template's order of the sections an update reopens first. */
export function issuesBySection(
  issues: readonly OfferIssue[],
): { section: SectionKey; issues: OfferIssue[] }[] {
  const order = [...UPDATE_SECTIONS, ...new Set(issues.map((i) => i.section))].filter(
    (s, i, all) => all.indexOf(s) === i,
  );
  return order
    .map((section) => ({ section, issues: issues.filter((i) => i.section === section) }))
    .filter((g) => g.issues.length > 0);
}
