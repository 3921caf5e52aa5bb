import { describe, expect, it } from "vitest";
import { defaultInstalments, defaultReports } from "./generate-defaults";
import { contractTermsSchema, nestFormValues } from "./generate-schema";
import { termsForm } from "./testing/generate-factories";

describe("the contract's default terms", () => {
  it("gives a one-year task one instalment 14 days after its start and a final report 30 days after its end", () => {
    expect(
      defaultInstalments({ grant: 1_900_000, taskStart: "2026-05-01", taskEnd: "2026-12-31", byYear: [] }),
    ).toEqual([{ position: 1, year: 2026, plannedOn: "2026-05-15", amount: 1_900_000 }]);
    expect(defaultReports({ taskStart: "2026-05-01", taskEnd: "2026-12-31", finalReportDays: 30 })).toEqual([
      { kind: "final", periodStart: "2026-05-01", periodEnd: "2026-12-31", dueOn: "2027-01-30" },
    ]);
  });

  it("splits a multi-year task's grant by the cost table's years, the last taking the remainder", () => {
    const instalments = defaultInstalments({
      grant: 1_000_001,
      taskStart: "2026-09-01",
      taskEnd: "2028-03-31",
      byYear: [
        [2026, 100_000],
        [2027, 300_000],
        [2028, 200_000],
      ],
    });
    expect(instalments).toEqual([
      { position: 1, year: 2026, plannedOn: "2026-09-15", amount: 166_666 },
      { position: 2, year: 2027, plannedOn: "2027-01-15", amount: 500_000 },
      { position: 3, year: 2028, plannedOn: "2028-01-15", amount: 333_335 },
    ]);
    expect(instalments.reduce((s, i) => s + i.amount, 0)).toBe(1_000_001);
    expect(defaultReports({ taskStart: "2026-09-01", taskEnd: "2028-03-31", finalReportDays: 30 })).toEqual([
      { kind: "annual", periodStart: "2026-09-01", periodEnd: "2026-12-31", dueOn: "2027-01-30" },
      { kind: "annual", periodStart: "2027-01-01", periodEnd: "2027-12-31", dueOn: "2028-01-30" },
      { kind: "final", periodStart: "2026-09-01", periodEnd: "2028-03-31", dueOn: "2028-04-30" },
    ]);
  });

  it("reads the form: blank rows dropped, money in grosze, the shift in basis points, a sum to the grosz", () => {
    const schema = contractTermsSchema({ grant: 1_900_000, ownContribution: 0 });
    const parsed = schema.parse(
      nestFormValues({ ...termsForm(), "instalments.2.plannedOn": "", "instalments.2.amount": "" }),
    );
    expect(parsed.instalments).toEqual([
      { plannedOn: "2026-05-15", amount: 1_000_000 },
      { plannedOn: "2026-08-01", amount: 900_000 },
    ]);
    expect(parsed.allowedShift).toBe(2000);
    expect(parsed.bankAccount).toBe("PL61109010140000071219812874");
    const off = schema.safeParse(nestFormValues(termsForm({ "instalments.1.amount": "9000,01" })));
    expect(off.success).toBe(false);
    expect(off.error?.issues[0]?.path).toEqual(["instalments"]);
    const noFinal = schema.safeParse(nestFormValues(termsForm({ "reports.0.kind": "partial" })));
    expect(noFinal.error?.issues.map((i) => i.message)).toContain("contracts.generate.error.finalRequired");
  });
});
