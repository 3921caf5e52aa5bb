import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OfferRules } from "../offers/checks";
import { completeSections } from "../offers/testing/factories";
import { issuesBySection, needsUpdate, updateIssues } from "./rules";

const RULES: OfferRules = {
  taskStart: "2026-05-01",
  taskEnd: "2026-12-31",
  minGrant: 1_000_000,
  maxGrant: 20_000_000,
  minOwnContributionBp: 1_000,
  minFinancialContributionBp: 500,
  minPersonalContributionBp: null,
  adminCostCapBp: 1_000,
  requiresOwnContribution: true,
  requiredAttachments: [],
};
const CTX = { offerorIds: [], attachedRequirements: [] };

/** Complete sections whose V.A is one action row of `actions` and an admin row of `admin`, with these sources. */
function sectionsWith(
  actions: number,
  admin: number,
  sources: { grant: number; financial: number; personal: number },
) {
  const s = completeSections();
  s.costs.rows = [
    { action: 1, name: "Opieka", unit: "usługa", unitCost: actions, units: 100, year: 2026 },
    { action: null, name: "Księgowość", unit: "usługa", unitCost: admin, units: 100, year: 2026 },
  ];
  s.costs.sources = { ...sources, fees: 0, inKind: 0 };
  return s;
}
const fields = (issues: ReturnType<typeof updateIssues>) => issues.map((i) => `${i.section}:${i.field}`);

describe("rules of the update after the award", () => {
  it("asks for an update only when a funded offer got less than it asked (and something)", () => {
    expect(needsUpdate({ status: "funded", awardedAmount: 1, requestedAmount: 2 })).toBe(true);
    expect(needsUpdate({ status: "funded", awardedAmount: 2, requestedAmount: 2 })).toBe(false);
    expect(needsUpdate({ status: "funded", awardedAmount: 0, requestedAmount: 2 })).toBe(false);
    expect(needsUpdate({ status: "not_funded", awardedAmount: 1, requestedAmount: 2 })).toBe(false);
  });

  it("the grant must equal the award to the grosz, whatever the competition's grant bounds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: -3, max: 3 }),
        (awarded, delta) => {
          const grant = Math.max(0, awarded + delta);
          const s = sectionsWith(grant + 200_000 - 50_000, 50_000, {
            grant,
            financial: 150_000,
            personal: 50_000,
          });
          const issues = fields(updateIssues(s, RULES, CTX, awarded));
          expect(issues.includes("costs:sources.grant")).toBe(grant !== awarded);
        },
      ),
    );
  });

  it("flags an own share below the competition's minimum exactly when it is below", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400_000 }), (own) => {
        const awarded = 1_500_000;
        const total = awarded + own;
        const admin = Math.floor(total / 20);
        const s = sectionsWith(total - admin, admin, { grant: awarded, financial: own, personal: 0 });
        const issues = fields(updateIssues(s, RULES, CTX, awarded));
        expect(issues.includes("costs:sources.own")).toBe(own * 10_000 < total * 1_000);
        expect(issues).not.toContain("costs:sources.grant");
      }),
    );
  });

  it("keeps the administrative-cost cap", () => {
    const s = sectionsWith(1_300_000, 400_000, { grant: 1_500_000, financial: 200_000, personal: 0 });
    expect(fields(updateIssues(s, RULES, CTX, 1_500_000))).toEqual(["costs:rows"]);
  });

  it("groups the issues by section, the reopened sections first", () => {
    const groups = issuesBySection([
      { section: "other", field: "attachments", message: "a" },
      { section: "costs", field: "sources.grant", message: "b" },
    ]);
    expect(groups.map((g) => g.section)).toEqual(["costs", "other"]);
  });
});
