import { describe, expect, it } from "vitest";
import { warsawLocalToInstant } from "../../platform/format/dates";
import { defaultCriteriaFor, defaultPassThreshold } from "./rules";
import { CompetitionDraftFormSchema, CompetitionDraftSchema, MoneySchema, PercentSchema } from "./schemas";

const DEPT = "00000000-0000-4000-8000-00000000000a";
const BASIS = "00000000-0000-4000-8000-00000000000b";
/** Zod issues by field path, as the forms show them. */
function zodFieldErrors(error: { issues: { path: PropertyKey[]; message: string }[] }) {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

const minimal = {
  departmentId: DEPT,
  legalBasisId: BASIS,
  areaCode: "culture",
  title: "Konkurs kultury 2027",
};

function errorsOf(input: unknown) {
  const parsed = CompetitionDraftSchema.safeParse(input);
  return parsed.success ? {} : zodFieldErrors(parsed.error);
}

describe("competition draft schema", () => {
  it("reads Polish money into grosze and percent into basis points", () => {
    expect(MoneySchema.parse("1 234,56")).toBe(123_456);
    expect(MoneySchema.parse("1\u00a0234,5 zł")).toBe(123_450);
    expect(MoneySchema.safeParse("-5").success).toBe(false);
    expect(MoneySchema.safeParse("12,345").success).toBe(false);
    expect(PercentSchema.parse("10")).toBe(1000);
    expect(PercentSchema.parse("10,5 %")).toBe(1050);
    expect(PercentSchema.safeParse("101").success).toBe(false);
  });

  it("reads the deadline as Warsaw time and refuses impossible dates", () => {
    const draft = CompetitionDraftSchema.parse({ ...minimal, offerDeadline: "2026-12-20 15:00" });
    expect(draft.offerDeadline?.toISOString()).toBe(warsawLocalToInstant("2026-12-20 15:00")?.toISOString());
    expect(errorsOf({ ...minimal, offerDeadline: "2026-02-30 15:00" })).toEqual({
      offerDeadline: ["competition.error.deadlineFormat"],
    });
    expect(errorsOf({ ...minimal, offerDeadline: "jutro" })).toHaveProperty("offerDeadline");
  });

  it("keeps a minimal draft with blanks as nulls", () => {
    const draft = CompetitionDraftSchema.parse({ ...minimal, minGrant: "", taskStart: "" });
    expect(draft).toMatchObject({ minGrant: null, taskStart: null, budgetYears: [], criteria: [] });
  });

  it("refuses markup, unknown codes and oversize text next to the field", () => {
    const errors = errorsOf({
      ...minimal,
      title: "<script>alert(1)</script>",
      areaCode: "nope",
      eligibleLegalForms: ["foundation", "mafia"],
      taskDescription: "x".repeat(20_001),
    });
    expect(Object.keys(errors).sort()).toEqual([
      "areaCode",
      "eligibleLegalForms",
      "taskDescription",
      "title",
    ]);
  });

  it("checks the fields against each other, all at once", () => {
    const errors = errorsOf({
      ...minimal,
      title: "", // fails on its own; the cross-field rules still run
      taskStart: "2027-06-01",
      taskEnd: "2027-01-01",
      minGrant: "5000",
      maxGrant: "1000",
      minOwnContributionBp: "10",
      minFinancialContributionBp: "20",
      budgetYears: [
        { year: "2027", amount: "100" },
        { year: "2027", amount: "200" },
      ],
      criteria: [{ code: "a", label: "Kryterium", maxPoints: "10" }],
      passThreshold: "11",
    });
    expect(errors).toMatchObject({
      title: ["form.required"],
      taskEnd: ["competition.error.endBeforeStart"],
      maxGrant: ["competition.error.maxBelowMin"],
      minFinancialContributionBp: ["competition.error.partAboveTotal"],
      "budgetYears.1.year": ["competition.error.yearTwice"],
      passThreshold: ['competition.error.thresholdAboveMax|{"max":10}'],
    });
  });

  it("allows at most 5 budget years (UDPP art. 16 ust. 2)", () => {
    const years = (n: number, from = 2027) =>
      Array.from({ length: n }, (_, i) => ({ year: String(from + i), amount: "1000" }));
    expect(errorsOf({ ...minimal, budgetYears: years(5) })).toEqual({});
    expect(errorsOf({ ...minimal, budgetYears: years(6) })).toHaveProperty("budgetYears");
    expect(
      errorsOf({ ...minimal, budgetYears: [years(1)[0], { year: "2032", amount: "1" }] }),
    ).toHaveProperty("budgetYears");
  });

  it("reads the HTML form's repeated rows, dropping empty rows and naming blank cells", () => {
    const parsed = CompetitionDraftFormSchema.safeParse({
      ...minimal,
      budgetYear: ["2027", "", "2028"],
      budgetAmount: ["100 000", "", ""],
      criterionCode: ["feasibility", ""],
      criterionLabel: ["Możliwość realizacji", "Nowe kryterium"],
      criterionMaxPoints: ["10", "5"],
      attachmentLabel: ["", "Statut"],
      priorTaskYear: [""],
      priorTaskName: [""],
      priorTaskAmount: [""],
      eligibleLegalForms: ["foundation"],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(zodFieldErrors(parsed.error)).toEqual({ "budgetYears.1.amount": ["form.required"] });
    const ok = CompetitionDraftFormSchema.parse({
      ...minimal,
      budgetYear: ["2027"],
      budgetAmount: ["100 000"],
      criterionCode: ["feasibility", ""],
      criterionLabel: ["Możliwość realizacji", "Nowe kryterium"],
      criterionMaxPoints: ["10", "5"],
      attachmentLabel: ["", "Statut"],
    });
    expect(ok.budgetYears).toEqual([{ year: 2027, amount: 10_000_000 }]);
    expect(ok.criteria.map((c) => c.code)).toEqual(["feasibility", "custom-2"]);
    expect(ok.requiredAttachments).toEqual([{ label: "Statut" }]);
  });
});

describe("default criteria (UDPP art. 15 ust. 1)", () => {
  it("has all six points for co-financing and drops own funds for full financing", () => {
    expect(defaultCriteriaFor(true)).toHaveLength(6);
    expect(defaultCriteriaFor(false).map((c) => c.code)).not.toContain("own_funds");
    expect(defaultPassThreshold(defaultCriteriaFor(true))).toBe(23);
  });
});
