import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateCosts, meetsMinimum, withinCap } from "./calculations";
import {
  completenessIssues,
  issuesToFieldErrors,
  type OfferRules,
  parameterIssues,
  submissionIssues,
  taskYears,
} from "./checks";
import type { OfferSections, Sources } from "./sections";
import { completeSections } from "./testing/factories";

/* The checks an offer must pass before it is submitted: properties against the exact arithmetic, and examples. */

const rules: OfferRules = {
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
const ctx = { offerorIds: ["leader"], attachedRequirements: [] };

const grosze = fc.integer({ min: 0, max: 100_000_000 });
const sourcesArb: fc.Arbitrary<Sources> = fc.record({
  grant: grosze,
  financial: grosze,
  fees: grosze,
  personal: grosze,
  inKind: grosze,
});

function withSources(s: Sources, unitCosts: [number, number] = [5_000, 20_000]): OfferSections {
  const base = completeSections();
  const [a, b] = base.costs.rows as [OfferSections["costs"]["rows"][0], OfferSections["costs"]["rows"][0]];
  return {
    ...base,
    costs: {
      ...base.costs,
      rows: [
        { ...a, unitCost: unitCosts[0] },
        { ...b, unitCost: unitCosts[1] },
      ],
      sources: s,
    },
  };
}

const keysOf = (issues: { message: string }[]) => issues.map((i) => i.message.split("|")[0]);

describe("parameter checks", () => {
  it("pass the complete offer of the tests, and completeness finds nothing missing in it", () => {
    expect(parameterIssues(completeSections(), rules, ctx)).toEqual([]);
    expect(completenessIssues(completeSections())).toEqual([]);
  });

  it("flag sources that do not add up exactly when they differ from the costs", () => {
    fc.assert(
      fc.property(
        sourcesArb,
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (s, a, b) => {
          const sections = withSources(s, [a, b]);
          const calc = calculateCosts(sections.costs);
          const flagged = keysOf(parameterIssues(sections, rules, ctx)).includes(
            "offer.error.sourcesDontAddUp",
          );
          expect(flagged).toBe(calc.sources.sourcesSum !== calc.totals.total);
        },
      ),
    );
  });

  it("flag a share below a minimum exactly when the exact fraction is below it", () => {
    fc.assert(
      fc.property(
        sourcesArb,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (s, ownBp, capBp) => {
          const sections = withSources(s);
          const calc = calculateCosts(sections.costs);
          const r = { ...rules, minOwnContributionBp: ownBp, adminCostCapBp: capBp };
          const keys = keysOf(parameterIssues(sections, r, ctx));
          expect(keys.includes("offer.error.ownShareTooLow")).toBe(
            !meetsMinimum(calc.sources.shares.own, ownBp),
          );
          expect(keys.includes("offer.error.adminAboveCap")).toBe(
            !withinCap(calc.sources.shares.admin, capBp),
          );
          expect(keys.includes("offer.error.feesAboveFinancial")).toBe(s.fees > s.financial);
          expect(keys.includes("offer.error.grantBelowMin")).toBe(s.grant < (r.minGrant ?? 0));
          expect(keys.includes("offer.error.grantAboveMax")).toBe(s.grant > (r.maxGrant ?? Infinity));
        },
      ),
    );
  });

  it("name the rule and the figures in the message", () => {
    const sections = withSources({
      grant: 1_987_000,
      financial: 110_000,
      fees: 0,
      personal: 63_000,
      inKind: 0,
    });
    const issues = parameterIssues(sections, rules, ctx);
    expect(issues).toEqual([
      {
        section: "costs",
        field: "sources.own",
        message: `offer.error.ownShareTooLow|${JSON.stringify({ min: "10,00\u00a0%", actual: "8,01\u00a0%" })}`,
      },
    ]);
  });

  it("check dates against the window, actions against the task and cost years against the task's years", () => {
    const base = completeSections();
    const s: OfferSections = {
      ...base,
      task: {
        ...base.task,
        startDate: "2026-04-01",
        endDate: "2026-03-01",
        actions: [{ ...(base.task.actions[0] as OfferSections["task"]["actions"][0]), start: "2026-03-01" }],
      },
      costs: {
        ...base.costs,
        rows: base.costs.rows.map((r, i) => (i === 0 ? { ...r, action: 2, year: 2027 } : r)),
      },
    };
    const issues = parameterIssues(s, rules, ctx).map(
      (i) => `${i.section}:${i.field}:${i.message.split("|")[0]}`,
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        "task:startDate:offer.error.outsideWindow",
        "task:endDate:offer.error.outsideWindow",
        "task:endDate:offer.error.endBeforeStart",
        "task:actions.0.start:offer.error.actionOutsideTask",
        "costs:rows.0.action:offer.error.noSuchAction",
      ]),
    );
    expect(taskYears("2026-05-01", "2028-02-01")).toEqual([2026, 2027, 2028]);
    expect(taskYears("2026-05-01", "2035-02-01")).toHaveLength(5);
    expect(taskYears(null, "2026-01-01")).toEqual([]);
  });

  it("ask a joint offer to split the whole cost among exactly its offerors", () => {
    const ids = ["leader", "partner"];
    const ok = completeSections({ offerorIds: ids });
    expect(parameterIssues(ok, rules, { ...ctx, offerorIds: ids })).toEqual([]);
    const missing = { ...ok, costs: { ...ok.costs, split: ok.costs.split.slice(0, 1) } };
    expect(keysOf(parameterIssues(missing, rules, { ...ctx, offerorIds: ids }))).toEqual([
      "offer.error.splitDoesntAddUp",
    ]);
  });

  it("require each required attachment by its label", () => {
    const r = { ...rules, requiredAttachments: [{ label: "Statut" }, { label: "KRS" }] };
    const issues = parameterIssues(completeSections(), r, { ...ctx, attachedRequirements: ["Statut"] });
    expect(issues.map((i) => i.message)).toEqual(['offer.error.attachmentMissing|{"label":"KRS"}']);
  });
});

describe("completeness and field errors", () => {
  it("finds every blanked required text of section III", () => {
    const fields = [
      "title",
      "place",
      "targetGroup",
      "summary",
      "resultsProduced",
      "resultsChange",
      "resultsDurability",
    ];
    fc.assert(
      fc.property(fc.subarray(fields, { minLength: 1 }), (blank) => {
        const base = completeSections();
        const task = { ...base.task, ...Object.fromEntries(blank.map((f) => [f, ""])) };
        const found = completenessIssues({ ...base, task }).map((i) => i.field);
        expect(found.sort()).toEqual([...blank].sort());
      }),
    );
  });

  it("keeps every issue when keyed by section and field", () => {
    fc.assert(
      fc.property(sourcesArb, (s) => {
        const base = withSources(s);
        const issues = submissionIssues(
          { ...base, declarations: { ...base.declarations, truthful: false } },
          rules,
          ctx,
        );
        const errors = issuesToFieldErrors(issues);
        expect(Object.values(errors).flat()).toHaveLength(issues.length);
        expect(errors["declarations:truthful"]).toEqual(["offer.error.declarationRequired"]);
      }),
    );
  });
});
