import { formatIban, normalizeIban } from "../../platform/validation/identifiers";
import type { ContractContent, ContractInstalmentTerm } from "../contracts/content";
import { calculateCosts, rowValue } from "../offers/calculations";
import { documentCalculation } from "../offers/document";
import { type CostRow, CostsSectionSchema } from "../offers/sections";
import { increaseBp, withinAllowedShift } from "../settlement/refund";
import { rescheduleReports } from "./report-terms";
import type { ChangeKind, ProposedChange } from "./schemas";

/*
 * The rules of an annex (aneks, PROCESS.md §4), pure: what a change request changes in the
 * contract's current version, field by field, before → after; for the cost table each line's
 * change against the allowed shift; and the contract's new content once the annex is signed.
 *
 * The framework contract (Dz.U. 2018 poz. 2057 zał. 3, the clause on shifts between the cost
 * estimate's lines) lets a line grow by up to the contract's allowed shift (allowedShiftBp,
 * e.g. 20 %) without an annex; every other change of the contract needs an annex in writing.
 */

export type ValueFormat = "date" | "money" | "text" | "iban";

/** One field of the contract that changes: where, how it is shown, before → after. */
export interface FieldChange {
  kind: ChangeKind;
  /** A stable name ("taskStart", "actions.2.end", "sources.financial", "indicators.0.target"). */
  field: string;
  format: ValueFormat;
  before: string | number | null;
  after: string | number | null;
}

/** A line of the cost table (V.A) by its position, before → after, with its change against the shift. */
export interface CostLineChange {
  /** 1-based position in the cost table (the settlement's line key). */
  position: number;
  name: string;
  before: number | null;
  after: number | null;
  status: "same" | "changed" | "added" | "removed";
  /** The change in basis points of the line's value before (null for a new line). */
  changeBp: number | null;
  /** A decrease, or an increase up to the allowed shift. */
  withinShift: boolean;
}

/** A planned, unpaid instalment the new schedule would leave after the task's end. */
export type LateInstalment = Pick<ContractInstalmentTerm, "position" | "plannedOn" | "amount">;

export interface ChangeDiff {
  fields: FieldChange[];
  costLines: CostLineChange[];
  allowedShiftBp: number;
  /** Nothing of the contract changes (an "other" change only describes itself). */
  empty: boolean;
  /**
   * A request of costs only that moves money between lines, every line within the allowed shift,
   * the total and the sources unchanged: it needs no annex (the organisation may still submit it;
   * the notice says so).
   */
  shiftWithoutAnnex: boolean;
  /**
   * Unpaid instalments planned after the new task end (the grant is paid for the task's period,
   * framework contract of Dz.U. 2018 poz. 2057 zał. 3, §3): a warning for the officer, not a refusal. Null when there are none (or the
   * caller gave no instalments).
   */
  lateInstalments: { taskEnd: string; instalments: LateInstalment[] } | null;
}

const REPORT_PARTS = ["periodStart", "periodEnd", "dueOn"] as const;

const lineValue = (row: CostRow | undefined): number | null => (row ? rowValue(row) : null);

function costLines(before: readonly CostRow[], after: readonly CostRow[], shiftBp: number): CostLineChange[] {
  const count = Math.max(before.length, after.length);
  return Array.from({ length: count }, (_, i) => {
    const b = before[i];
    const a = after[i];
    const planned = lineValue(b);
    const actual = lineValue(a);
    const sameRow =
      !!a && !!b && a.name === b.name && a.unit === b.unit && a.action === b.action && a.year === b.year;
    const status: CostLineChange["status"] = !b
      ? "added"
      : !a
        ? "removed"
        : sameRow && planned === actual && a.unitCost === b.unitCost && a.units === b.units
          ? "same"
          : "changed";
    const changeBp = planned === null ? null : increaseBp(planned, actual ?? 0);
    const withinShift =
      planned !== null && withinAllowedShift({ plannedGrant: planned, actualGrant: actual ?? 0 }, shiftBp);
    return {
      position: i + 1,
      name: (a ?? b)?.name ?? "",
      before: planned,
      after: actual,
      status,
      changeBp,
      withinShift,
    };
  });
}

/** The change request against the contract's current content, field by field. */
export function diffChange(
  content: ContractContent,
  proposed: ProposedChange,
  kinds: readonly ChangeKind[],
  options: { unpaidInstalments?: readonly LateInstalment[] } = {},
): ChangeDiff {
  const fields: FieldChange[] = [];
  const push = (kind: ChangeKind, field: string, format: ValueFormat, before: unknown, after: unknown) => {
    const b = (before ?? null) as string | number | null;
    const a = (after ?? null) as string | number | null;
    if (b !== a) fields.push({ kind, field, format, before: b, after: a });
  };
  const task = content.document.sections.task;
  if (proposed.schedule) {
    push("schedule", "taskStart", "date", content.taskStart, proposed.schedule.taskStart);
    push("schedule", "taskEnd", "date", content.taskEnd, proposed.schedule.taskEnd);
    proposed.schedule.actions.forEach((a, i) => {
      push("schedule", `actions.${i}.start`, "date", task.actions[i]?.start, a.start);
      push("schedule", `actions.${i}.end`, "date", task.actions[i]?.end, a.end);
    });
    const { changes } = rescheduleReports(content, proposed.schedule.taskStart, proposed.schedule.taskEnd);
    for (const c of changes)
      for (const part of REPORT_PARTS)
        push("schedule", `reports.${c.key}.${part}`, "date", c.before?.[part], c.after?.[part]);
  }
  let lines: CostLineChange[] = [];
  if (proposed.costs) {
    const costs = content.document.sections.costs;
    lines = costLines(costs.rows, proposed.costs.rows, content.allowedShiftBp);
    for (const key of ["financial", "fees", "personal", "inKind"] as const)
      push("costs", `sources.${key}`, "money", costs.sources[key], proposed.costs.sources[key]);
    (proposed.costs.split ?? []).forEach((r, i) => {
      push("costs", `split.${i}.amount`, "money", costs.split[i]?.amount, r.amount);
    });
    const calc = calculateCosts({ ...costs, rows: proposed.costs.rows, sources: proposed.costs.sources });
    push("costs", "totalCost", "money", content.totalCost, calc.totals.total);
    push("costs", "ownContribution", "money", content.ownContribution, calc.sources.own);
  }
  if (proposed.results) {
    const count = Math.max(task.indicators.length, proposed.results.indicators.length);
    for (let i = 0; i < count; i++)
      for (const key of ["name", "target", "monitoring"] as const)
        push(
          "results",
          `indicators.${i}.${key}`,
          "text",
          task.indicators[i]?.[key] || null,
          proposed.results.indicators[i]?.[key] || null,
        );
  }
  if (proposed.bankAccount !== undefined)
    push(
      "bank_account",
      "bankAccount",
      "iban",
      normalizeIban(content.bankAccount),
      normalizeIban(proposed.bankAccount),
    );
  const changedLines = lines.filter((l) => l.status !== "same");
  const empty = fields.length === 0 && changedLines.length === 0;
  return {
    fields,
    costLines: lines,
    allowedShiftBp: content.allowedShiftBp,
    empty,
    shiftWithoutAnnex:
      kinds.length === 1 &&
      kinds[0] === "costs" &&
      changedLines.length > 0 &&
      lines.every((l) => l.withinShift) &&
      fields.length === 0,
    lateInstalments: lateWarning(options.unpaidInstalments ?? [], proposed.schedule?.taskEnd),
  };
}

function lateWarning(unpaid: readonly LateInstalment[], taskEnd: string | undefined) {
  const late = taskEnd ? lateInstalments(unpaid, taskEnd) : [];
  return taskEnd && late.length > 0 ? { taskEnd, instalments: late } : null;
}

/** The unpaid instalments planned after the task's (new) end, by position. */
export function lateInstalments(unpaid: readonly LateInstalment[], taskEnd: string): LateInstalment[] {
  return unpaid
    .filter((i) => i.plannedOn > taskEnd)
    .map(({ position, plannedOn, amount }) => ({ position, plannedOn, amount }))
    .sort((a, b) => a.position - b.position);
}

/**
 * The contract's content after the annex: the offer's sections changed as proposed, the
 * calculation recomputed (never typed), the contract's totals, dates and account with them; a new
 * task period moves the report dates (report-terms.ts).
 */
export function applyChange(content: ContractContent, proposed: ProposedChange): ContractContent {
  const sections = structuredClone(content.document.sections);
  const next: ContractContent = structuredClone(content);
  if (proposed.schedule) {
    const s = proposed.schedule;
    sections.task.startDate = s.taskStart;
    sections.task.endDate = s.taskEnd;
    sections.task.actions = sections.task.actions.map((a, i) => ({
      ...a,
      start: s.actions[i]?.start ?? a.start,
      end: s.actions[i]?.end ?? a.end,
    }));
    next.reports = rescheduleReports(content, s.taskStart, s.taskEnd).reports;
    next.taskStart = s.taskStart;
    next.taskEnd = s.taskEnd;
  }
  if (proposed.costs)
    sections.costs = CostsSectionSchema.parse({
      ...sections.costs,
      rows: proposed.costs.rows,
      sources: proposed.costs.sources,
      split: proposed.costs.split ?? sections.costs.split,
    });
  if (proposed.results) sections.task.indicators = proposed.results.indicators.map((r) => ({ ...r }));
  if (proposed.bankAccount !== undefined) next.bankAccount = formatIban(proposed.bankAccount);
  const calc = calculateCosts(sections.costs);
  next.document = { ...next.document, sections, calculation: documentCalculation(calc) };
  next.totalCost = calc.totals.total;
  next.ownContribution = calc.sources.own;
  return next;
}
