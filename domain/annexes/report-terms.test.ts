import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDaysBetween } from "../../platform/format/dates";
import type { ContractReportTerm } from "../contracts/content";
import { defaultReports } from "../contracts/generate-defaults";
import { addDays } from "../contracts/generate-rules";
import { rescheduleReports } from "./report-terms";

const contract = (reports: ContractReportTerm[], taskStart = "2026-06-01", taskEnd = "2026-11-30") => ({
  taskStart,
  taskEnd,
  finalReportDays: 30,
  reports,
});

const final45: ContractReportTerm = {
  kind: "final",
  periodStart: "2026-06-01",
  periodEnd: "2026-11-30",
  dueOn: "2027-01-14",
};
const partial: ContractReportTerm = {
  kind: "partial",
  periodStart: "2026-06-01",
  periodEnd: "2026-08-31",
  dueOn: "2026-09-30",
};

describe("the report dates of a new schedule", () => {
  it("the final report ends with the task and keeps the contract's days to its due date", () => {
    const { reports, changes } = rescheduleReports(contract([partial, final45]), "2026-06-01", "2026-12-15");
    expect(reports).toEqual([
      partial,
      { kind: "final", periodStart: "2026-06-01", periodEnd: "2026-12-15", dueOn: "2027-01-29" },
    ]);
    expect(changes.map((c) => c.key)).toEqual(["partial.1", "final"]);
  });

  it("a partial report past the new end ends with the task, due as long after as before", () => {
    const { reports } = rescheduleReports(contract([partial, final45]), "2026-06-01", "2026-08-15");
    expect(reports).toEqual([
      { kind: "partial", periodStart: "2026-06-01", periodEnd: "2026-08-15", dueOn: "2026-09-14" },
      { kind: "final", periodStart: "2026-06-01", periodEnd: "2026-08-15", dueOn: "2026-09-29" },
    ]);
  });

  it("a period that began with the task begins with the new start", () => {
    const { reports } = rescheduleReports(contract([partial, final45]), "2026-07-01", "2026-11-30");
    expect(reports.map((r) => r.periodStart)).toEqual(["2026-07-01", "2026-07-01"]);
    expect(reports.map((r) => r.dueOn)).toEqual(["2026-09-30", "2027-01-14"]);
  });

  it("annual reports follow the new period's finished years (framework §8 ust. 2)", () => {
    const old = contract(
      defaultReports({ taskStart: "2026-06-01", taskEnd: "2026-11-30", finalReportDays: 30 }),
    );
    const longer = rescheduleReports(old, "2026-06-01", "2027-03-31");
    expect(longer.reports).toEqual([
      { kind: "annual", periodStart: "2026-06-01", periodEnd: "2026-12-31", dueOn: "2027-01-30" },
      { kind: "final", periodStart: "2026-06-01", periodEnd: "2027-03-31", dueOn: "2027-04-30" },
    ]);
    expect(longer.changes).toContainEqual({ key: "annual.2026", before: null, after: longer.reports[0] });
    const back = rescheduleReports({ ...old, ...longer, taskEnd: "2027-03-31" }, "2026-06-01", "2026-12-20");
    expect(back.reports.map((r) => r.kind)).toEqual(["final"]);
    expect(back.changes).toContainEqual({ key: "annual.2026", before: longer.reports[0], after: null });
  });

  it("a year the contract had keeps its days to the due date", () => {
    const annual: ContractReportTerm = {
      kind: "annual",
      periodStart: "2026-06-01",
      periodEnd: "2026-12-31",
      dueOn: "2027-02-15",
    };
    const old = contract(
      [annual, { ...final45, periodEnd: "2027-05-31", dueOn: "2027-06-30" }],
      "2026-06-01",
      "2027-05-31",
    );
    const { reports } = rescheduleReports(old, "2026-06-01", "2028-02-29");
    expect(reports.filter((r) => r.kind === "annual").map((r) => [r.periodEnd, r.dueOn])).toEqual([
      ["2026-12-31", "2027-02-15"],
      ["2027-12-31", "2028-01-30"],
    ]);
  });

  it("an unchanged period changes no report", () => {
    const old = contract([partial, final45]);
    const { reports, changes } = rescheduleReports(old, old.taskStart, old.taskEnd);
    expect(reports).toEqual(old.reports);
    expect(changes.every((c) => c.before === c.after)).toBe(true);
  });
});

const min = (a: string, b: string) => (a < b ? a : b);
const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays("2025-01-01", n));

describe("the report dates of any new schedule (property)", () => {
  it("the final report is due after the task end by the original offset; no period passes the end", () => {
    fc.assert(
      fc.property(
        fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
        fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
        fc.integer({ min: 0, max: 120 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 400 }),
            fc.integer({ min: 0, max: 400 }),
            fc.integer({ min: 0, max: 60 }),
          ),
          {
            maxLength: 3,
          },
        ),
        ([oldStart, oldEnd], [taskStart, taskEnd], finalDays, partials) => {
          const reports: ContractReportTerm[] = [
            ...partials.map(([from, length, due]) => {
              const periodEnd = min(addDays(oldStart as string, from + length), oldEnd as string);
              const periodStart = min(addDays(oldStart as string, from), periodEnd);
              return { kind: "partial" as const, periodStart, periodEnd, dueOn: addDays(periodEnd, due) };
            }),
            ...defaultReports({
              taskStart: oldStart as string,
              taskEnd: oldEnd as string,
              finalReportDays: finalDays,
            }),
          ];
          const old = {
            taskStart: oldStart as string,
            taskEnd: oldEnd as string,
            finalReportDays: finalDays,
            reports,
          };
          const next = rescheduleReports(old, taskStart as string, taskEnd as string).reports;
          const finals = next.filter((r) => r.kind === "final");
          expect(finals).toHaveLength(1);
          expect(isoDaysBetween(taskEnd as string, finals[0]?.dueOn ?? "")).toBe(finalDays);
          for (const r of next) {
            expect(r.periodEnd <= (taskEnd as string)).toBe(true);
            expect(r.periodStart <= r.periodEnd).toBe(true);
            expect(r.dueOn >= r.periodEnd).toBe(true);
          }
          const years = next.filter((r) => r.kind === "annual").map((r) => Number(r.periodEnd.slice(0, 4)));
          const first = Number((taskStart as string).slice(0, 4));
          expect(years).toEqual(
            Array.from({ length: Number((taskEnd as string).slice(0, 4)) - first }, (_, i) => first + i),
          );
        },
      ),
    );
  });
});
