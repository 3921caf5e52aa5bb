import { describe, expect, it } from "vitest";
import { isValidIban } from "../../platform/validation/identifiers";
import { completeSections } from "../offers/testing/factories";
import { fieldNamePl } from "./annex-document";
import { applyChange, diffChange } from "./rules";
import { changeRequestSchema } from "./schemas";
import {
  changeInput,
  costsInput,
  shiftBeyond,
  shiftWithin,
  testChangeContext,
  testContent,
} from "./testing/factories";

function parse(input: unknown) {
  return changeRequestSchema(testChangeContext).safeParse(input);
}

function errors(input: unknown): Record<string, string[]> {
  const parsed = parse(input);
  if (parsed.success) return {};
  const out: Record<string, string[]> = {};
  for (const i of parsed.error.issues) out[i.path.join(".")] = [...(out[i.path.join(".")] ?? []), i.message];
  return out;
}

describe("the change request's schema", () => {
  it("asks for a kind and a justification", () => {
    expect(errors({ justification: " " })).toMatchObject({
      kinds: ["annexes.error.kindsRequired"],
      justification: ["annexes.error.justificationRequired"],
    });
  });

  it("reads only the kinds ticked and checks the IBAN", () => {
    expect(isValidIban("PL27 1140 2004 0000 3002 0135 5387")).toBe(true);
    const parsed = parse(changeInput({ kinds: "bank_account" as never }));
    expect(parsed.success && parsed.data.proposed).toEqual({ bankAccount: "PL27114020040000300201355387" });
    expect(
      errors(changeInput({ kinds: ["bank_account"], bankAccount: "PL27 1140 2004 0000 3002 0135 5388" })),
    ).toEqual({
      bankAccount: ["org.error.ibanChecksum"],
    });
  });

  it("refuses a different grant and an own contribution below the competition's minimum", () => {
    const grant = errors(
      changeInput({
        kinds: ["costs"],
        ...costsInput({ hours: "400", months: "8" }),
        sources: { grant: "18 000,00", financial: "1 600,00", personal: "1 000,00" },
      } as never),
    );
    expect(grant["sources.grant"]?.[0]).toMatch(/^annexes\.error\.grantFixed\|/);
    const own = errors(
      changeInput({
        kinds: ["costs"],
        ...costsInput({ hours: "360", months: "8", financial: "0,00", personal: "0,00" }),
      }),
    );
    expect(own["sources.own"]?.[0]).toMatch(/^offer\.error\.ownShareTooLow\|/);
  });

  it("keeps the schedule's actions and its order of dates", () => {
    expect(
      errors(
        changeInput({
          kinds: ["schedule"],
          taskStart: "2026-06-01",
          taskEnd: "2026-05-01",
          actions: { "0": { start: "2026-06-01", end: "2026-12-31" } },
        } as never),
      ),
    ).toMatchObject({
      taskEnd: ["annexes.error.endBeforeStart"],
      "actions.0.start": ["annexes.error.actionOutsideTask"],
    });
    expect(
      errors(
        changeInput({
          kinds: ["schedule"],
          taskStart: "2026-05-01",
          taskEnd: "2026-12-31",
          actions: {},
        } as never),
      ),
    ).toMatchObject({
      actions: ["annexes.error.actionsKept"],
    });
  });
});

describe("the difference and the allowed shift", () => {
  const content = testContent();
  const proposedOf = (input: unknown) => {
    const parsed = parse(input);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    return parsed.data;
  };

  it("a costs-only shift within 20 % needs no annex; each line's change is in basis points", () => {
    const { proposed, kinds } = proposedOf(changeInput({ kinds: ["costs"], ...shiftWithin() }));
    const diff = diffChange(content, proposed, kinds);
    expect(diff.costLines).toEqual([
      expect.objectContaining({
        position: 1,
        before: 2_000_000,
        after: 1_980_000,
        changeBp: -100,
        withinShift: true,
        status: "changed",
      }),
      expect.objectContaining({
        position: 2,
        before: 160_000,
        after: 180_000,
        changeBp: 1250,
        withinShift: true,
      }),
    ]);
    expect(diff.fields).toEqual([]);
    expect(diff.shiftWithoutAnnex).toBe(true);
  });

  it("a line up by 25 % is flagged; with another kind the notice is not given", () => {
    const { proposed, kinds } = proposedOf(changeInput({ kinds: ["costs"], ...shiftBeyond() }));
    const diff = diffChange(content, proposed, kinds);
    expect(diff.costLines[1]).toMatchObject({ changeBp: 2500, withinShift: false });
    expect(diff.shiftWithoutAnnex).toBe(false);
    const both = proposedOf(changeInput({ ...shiftWithin() }));
    expect(diffChange(content, both.proposed, both.kinds).shiftWithoutAnnex).toBe(false);
    const grown = proposedOf(
      changeInput({ kinds: ["costs"], ...costsInput({ hours: "400", months: "9", financial: "1 800,00" }) }),
    );
    const grownDiff = diffChange(content, grown.proposed, grown.kinds);
    expect(grownDiff.costLines.every((l) => l.withinShift)).toBe(true);
    expect(grownDiff.shiftWithoutAnnex).toBe(false);
  });

  it("lists the account and the schedule before → after, and nothing for unchanged values", () => {
    const { proposed, kinds } = proposedOf(
      changeInput({
        kinds: ["schedule", "bank_account"],
        taskStart: "2026-05-01",
        taskEnd: "2027-01-31",
        actions: { "0": { start: "2026-05-01", end: "2027-01-31" } },
      } as never),
    );
    const diff = diffChange(content, proposed, kinds);
    // The report dates the new period moves: below.
    expect(diff.fields.filter((f) => !f.field.startsWith("reports."))).toEqual([
      { kind: "schedule", field: "taskEnd", format: "date", before: "2026-12-31", after: "2027-01-31" },
      { kind: "schedule", field: "actions.0.end", format: "date", before: "2026-12-31", after: "2027-01-31" },
      {
        kind: "bank_account",
        field: "bankAccount",
        format: "iban",
        before: "PL61109010140000071219812874",
        after: "PL27114020040000300201355387",
      },
    ]);
    expect(diff.empty).toBe(false);
  });

  it("applying recomputes the calculation, the totals and the own contribution", () => {
    const { proposed } = proposedOf(
      changeInput({
        kinds: ["costs", "bank_account"],
        ...costsInput({ hours: "400", months: "9", financial: "1 800,00" }),
      }),
    );
    const next = applyChange(content, proposed);
    expect(next.document.calculation.total).toBe(2_180_000);
    expect(next.document.calculation.rowValues).toEqual([2_000_000, 180_000]);
    expect(next.document.calculation.admin).toBe(180_000);
    expect(next.totalCost).toBe(2_180_000);
    expect(next.ownContribution).toBe(280_000);
    expect(next.document.sections.costs.sources.financial).toBe(180_000);
    expect(next.bankAccount).toBe("PL27 1140 2004 0000 3002 0135 5387");
    expect(next.grantAmount).toBe(1_900_000);
    expect(content.totalCost).toBe(2_160_000);
  });
});

describe("a joint offer's split (V.C)", () => {
  const a = "00000000-0000-4000-8000-00000000000a";
  const b = "00000000-0000-4000-8000-00000000000b";
  const sections = completeSections({ offerorIds: [a, b] });
  const joint = changeRequestSchema({ ...testChangeContext, sections });
  const grown = changeInput({
    kinds: ["costs"],
    ...costsInput({ hours: "400", months: "9", financial: "1 800,00" }),
  });

  it("must still add up to the total among the same offerors", () => {
    const parsed = joint.safeParse(grown);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toContain("split");
  });

  it("is part of the difference and of the annex's content", () => {
    const split = {
      "0": { organizationId: a, amount: "21 790,00" },
      "1": { organizationId: b, amount: "10,00" },
    };
    const parsed = joint.safeParse({ ...grown, split });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
    const content = testContent();
    content.document.sections.costs.split = sections.costs.split;
    const diff = diffChange(content, parsed.data.proposed, parsed.data.kinds);
    expect(diff.fields).toContainEqual({
      kind: "costs",
      field: "split.0.amount",
      format: "money",
      before: 2_159_000,
      after: 2_179_000,
    });
    const next = applyChange(content, parsed.data.proposed);
    expect(next.document.sections.costs.split.map((r) => r.amount)).toEqual([2_179_000, 1_000]);
    expect(next.document.calculation.splitSum).toBe(2_180_000);
  });
});

describe("a new schedule and the contract's report dates", () => {
  const content = testContent({
    reports: [
      { kind: "partial", periodStart: "2026-05-01", periodEnd: "2026-08-31", dueOn: "2026-09-30" },
      { kind: "final", periodStart: "2026-05-01", periodEnd: "2026-12-31", dueOn: "2027-02-14" },
    ],
  });
  const schedule = (taskEnd: string) => ({
    schedule: { taskStart: "2026-05-01", taskEnd, actions: [{ start: "2026-05-01", end: taskEnd }] },
  });

  it("lists the report dates before → after and applies them to the annex's content", () => {
    const diff = diffChange(content, schedule("2027-01-31"), ["schedule"]);
    const reports = diff.fields.filter((f) => f.field.startsWith("reports."));
    expect(reports).toEqual([
      {
        kind: "schedule",
        field: "reports.final.periodEnd",
        format: "date",
        before: "2026-12-31",
        after: "2027-01-31",
      },
      {
        kind: "schedule",
        field: "reports.final.dueOn",
        format: "date",
        before: "2027-02-14",
        after: "2027-03-17",
      },
      {
        kind: "schedule",
        field: "reports.annual.2026.periodStart",
        format: "date",
        before: null,
        after: "2026-05-01",
      },
      {
        kind: "schedule",
        field: "reports.annual.2026.periodEnd",
        format: "date",
        before: null,
        after: "2026-12-31",
      },
      {
        kind: "schedule",
        field: "reports.annual.2026.dueOn",
        format: "date",
        before: null,
        after: "2027-01-30",
      },
    ]);
    expect(applyChange(content, schedule("2027-01-31")).reports).toEqual([
      content.reports[0],
      { kind: "annual", periodStart: "2026-05-01", periodEnd: "2026-12-31", dueOn: "2027-01-30" },
      { kind: "final", periodStart: "2026-05-01", periodEnd: "2027-01-31", dueOn: "2027-03-17" },
    ]);
    expect(reports.map((f) => fieldNamePl(f.field)).slice(1, 3)).toEqual([
      "Sprawozdanie końcowe — termin złożenia",
      "Sprawozdanie roczne za 2026 r. — początek okresu",
    ]);
  });

  it("warns of unpaid instalments planned after the new end, and only then", () => {
    const unpaidInstalments = [
      { position: 2, plannedOn: "2026-11-15", amount: 950_000 },
      { position: 3, plannedOn: "2026-10-01", amount: 100_000 },
    ];
    expect(
      diffChange(content, schedule("2026-10-31"), ["schedule"], { unpaidInstalments }).lateInstalments,
    ).toEqual({
      taskEnd: "2026-10-31",
      instalments: [{ position: 2, plannedOn: "2026-11-15", amount: 950_000 }],
    });
    expect(
      diffChange(content, schedule("2026-12-31"), ["schedule"], { unpaidInstalments }).lateInstalments,
    ).toBeNull();
    expect(
      diffChange(content, { bankAccount: "PL27114020040000300201355387" }, ["bank_account"], {
        unpaidInstalments,
      }).lateInstalments,
    ).toBeNull();
  });
});
