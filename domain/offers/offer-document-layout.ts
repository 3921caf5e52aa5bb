import { formatDateTime } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { shareBp } from "./calculations";
import type { OfferDocument } from "./document";
import type { CostRow, OfferSections } from "./sections";

/*
 * How an offer document is laid out on the template (Dz.U. 2018 poz. 2057, zał. 1), shared by the
 * PDF and the HTML view so both show the same rows, numbers and subtotals: the plan of actions per
 * year (III.4), the cost table grouped by action (V.A), the sources (V.B) and the split (V.C).
 * Pure; values come from the document's frozen calculation, subtotals per year are plain sums.
 */

/** An amount in a "[PLN]" column: "1 234,56" (the unit is in the column's heading). */
export function formatPln(grosze: number | null): string {
  return grosze === null ? "—" : formatMoney(grosze).replace(/\u00a0zł$/, "");
}

/** A share of the total in percent with two decimals, "12,34"; "—" when the total is 0. */
export function formatShare(part: number, whole: number): string {
  const bp = shareBp({ part, whole });
  if (bp === null) return "—";
  return `${Math.floor(bp / 100)},${String(bp % 100).padStart(2, "0")}`;
}

/** A number of units kept in hundredths: 1250 → "12,5", 100 → "1". */
export function formatUnits(hundredths: number | null): string {
  if (hundredths === null) return "—";
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole},${fraction}` : String(whole);
}

/** A calendar date "2026-05-01" as "01.05.2026"; "—" when empty. */
export function formatIsoDate(iso: string | null): string {
  return iso ? formatDateTime(`${iso}T12:00:00Z`).slice(0, 10) : "—";
}

/** "01.05.2026 – 28.05.2026" (or one end when the other is missing). */
export function formatPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return "—";
  return `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
}

type ActionRow = OfferSections["task"]["actions"][number];

/** III.4: the actions of one budget year, each with its number in the whole plan (1-based). */
export interface PlanYear {
  year: number | null;
  actions: { number: number; action: ActionRow }[];
}

/** The plan split by the year each action starts in (the template asks for a plan per year). */
export function planByYear(doc: OfferDocument): PlanYear[] {
  const task = doc.sections.task;
  const fallback = yearOf(task.startDate);
  const byYear = new Map<number | null, PlanYear>();
  task.actions.forEach((action, i) => {
    const year = yearOf(action.start) ?? yearOf(action.end) ?? fallback;
    const entry = byYear.get(year) ?? { year, actions: [] };
    entry.actions.push({ number: i + 1, action });
    byYear.set(year, entry);
  });
  return [...byYear.values()].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
}

function yearOf(iso: string | null): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}

/** One row of V.A with its number on the template ("I.2.3", "II.1") and its frozen value. */
export interface CostLine {
  lp: string;
  row: CostRow;
  value: number | null;
}

/** A group of V.A rows with its total and its total per budget year. */
export interface CostGroup {
  lines: CostLine[];
  total: number;
  byYear: Map<number, number>;
}

/** The rows of one action in part I of V.A. */
export interface ActionCosts extends CostGroup {
  action: number;
  lp: string;
  name: string;
}

export interface CostTable {
  /** Budget years with costs, ascending; a column each when there are two or more. */
  years: number[];
  actions: ActionCosts[];
  actionsTotal: CostGroup;
  admin: CostGroup;
  total: CostGroup;
}

function group(lines: CostLine[]): CostGroup {
  const byYear = new Map<number, number>();
  let total = 0;
  for (const line of lines) {
    const value = line.value ?? 0;
    total += value;
    if (line.row.year !== null) byYear.set(line.row.year, (byYear.get(line.row.year) ?? 0) + value);
  }
  return { lines, total, byYear };
}

/** V.A: part I grouped per action (in the order of their numbers), part II, and the totals. */
export function costTable(doc: OfferDocument): CostTable {
  const rows = doc.sections.costs.rows;
  const values = doc.calculation.rowValues;
  const perAction = new Map<number, { row: CostRow; value: number | null }[]>();
  const adminRows: { row: CostRow; value: number | null }[] = [];
  rows.forEach((row, i) => {
    const item = { row, value: values[i] ?? null };
    if (row.action === null) adminRows.push(item);
    else perAction.set(row.action, [...(perAction.get(row.action) ?? []), item]);
  });
  const actions = [...perAction.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([action, items], g) => {
      const lp = `I.${g + 1}`;
      const lines = items.map((item, k) => ({ lp: `${lp}.${k + 1}`, ...item }));
      const name = doc.sections.task.actions[action - 1]?.name ?? "";
      return { action, lp, name, ...group(lines) };
    });
  const admin = group(adminRows.map((item, k) => ({ lp: `II.${k + 1}`, ...item })));
  const actionsTotal = group(actions.flatMap((a) => a.lines));
  const years = [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort(
    (a, b) => a - b,
  );
  return { years, actions, actionsTotal, admin, total: group([...actionsTotal.lines, ...admin.lines]) };
}

/** The rows of V.B, in the template's order. */
export const SOURCE_ROWS = [
  { key: "total", lp: "1" },
  { key: "grant", lp: "2" },
  { key: "own", lp: "3" },
  { key: "financial", lp: "3.1" },
  { key: "fees", lp: "" },
  { key: "nonFinancial", lp: "3.2" },
  { key: "personal", lp: "3.2.1" },
  { key: "inKind", lp: "3.2.2" },
] as const;
export type SourceKey = (typeof SOURCE_ROWS)[number]["key"];

/** V.B: each source's amount and its share of all costs. */
export function sourcesTable(doc: OfferDocument) {
  const s = doc.sections.costs.sources;
  const c = doc.calculation;
  const amounts: Record<SourceKey, number> = {
    total: c.total,
    grant: s.grant,
    own: c.own,
    financial: s.financial,
    fees: s.fees,
    nonFinancial: c.nonFinancial,
    personal: s.personal,
    inKind: s.inKind,
  };
  return {
    rows: SOURCE_ROWS.map(({ key, lp }) => ({
      key,
      lp,
      value: amounts[key],
      share: formatShare(amounts[key], c.total),
    })),
    /** Costs not covered by the sources (0 when they add up); a draft may differ. */
    unallocated: c.unallocated,
  };
}

/** V.C: the split among the offerors of a joint offer (null for an offer of one offeror). */
export function splitTable(doc: OfferDocument) {
  if (doc.offerors.length < 2) return null;
  const names = new Map(doc.offerors.map((o) => [o.organizationId, o.name]));
  return {
    rows: doc.sections.costs.split.map((row, i) => ({
      lp: String(i + 1),
      name: names.get(row.organizationId) ?? "—",
      value: row.amount,
    })),
    sum: doc.calculation.splitSum,
  };
}

/** The leading offeror's correspondence address: II.2's override when typed, else its profile's. */
export function correspondenceAddress(doc: OfferDocument, offerorIndex: number): string {
  const offeror = doc.offerors[offerorIndex];
  const typed = offerorIndex === 0 ? doc.sections.offerors.correspondenceAddress : "";
  return typed || offeror?.correspondenceAddress || "—";
}

/** A joint offer (oferta wspólna, art. 14 ust. 2) has more than one offeror. */
export function isJointOffer(doc: OfferDocument): boolean {
  return doc.offerors.length > 1;
}
