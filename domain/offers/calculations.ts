import type { CostRow, CostsSection, Sources } from "./sections";

/*
 * The sums and shares of section V (Dz.U. 2018 poz. 2057, zał. 1, V.A–V.C), computed on the client
 * as the user types and on the server at every save and submission, never typed (PROCESS.md §3).
 * Pure and exact: money is integer grosze, units are hundredths, a row's value is rounded half up
 * to the grosz once; shares are exact fractions, rounded to basis points only for display, and a
 * comparison with a minimum uses the exact fraction (PROCESS.md §11).
 */

/** A row's value: unit cost × number of units, rounded half up to the grosz; null while incomplete. */
export function rowValue(row: Pick<CostRow, "unitCost" | "units">): number | null {
  if (row.unitCost === null || row.units === null) return null;
  const product = BigInt(row.unitCost) * BigInt(row.units);
  return Number((product + 50n) / 100n);
}

/** A share as an exact fraction. */
export interface Share {
  part: number;
  whole: number;
}

/** The share in basis points (1 % = 100) rounded half up, for display; null when the whole is 0. */
export function shareBp(share: Share): number | null {
  if (share.whole <= 0) return null;
  return Number((BigInt(share.part) * 20_000n + BigInt(share.whole)) / (2n * BigInt(share.whole)));
}

/** part / whole ≥ minBp / 10 000, compared exactly (no rounding). A zero whole meets nothing above 0. */
export function meetsMinimum(share: Share, minBp: number): boolean {
  if (share.whole <= 0) return minBp <= 0;
  return BigInt(share.part) * 10_000n >= BigInt(minBp) * BigInt(share.whole);
}

/** part / whole ≤ capBp / 10 000, exactly. */
export function withinCap(share: Share, capBp: number): boolean {
  if (share.whole <= 0) return true;
  return BigInt(share.part) * 10_000n <= BigInt(capBp) * BigInt(share.whole);
}

export interface CostTotals {
  /** Each row's computed value (null while unit cost or units are missing), in the rows' order. */
  rowValues: (number | null)[];
  /** Part I per action number (1-based), for the subtotal under each action. */
  byAction: Map<number, number>;
  /** Every cost (actions and administrative) per budget year; rows without a year are under null. */
  byYear: Map<number | null, number>;
  /** V.A part I: costs of the actions. */
  actions: number;
  /** V.A part II: administrative costs. */
  admin: number;
  /** V.A: all costs. */
  total: number;
}

export function costTotals(rows: readonly CostRow[]): CostTotals {
  const rowValues = rows.map(rowValue);
  const byAction = new Map<number, number>();
  const byYear = new Map<number | null, number>();
  let actions = 0;
  let admin = 0;
  rows.forEach((row, i) => {
    const value = rowValues[i] ?? 0;
    if (row.action === null) admin += value;
    else {
      actions += value;
      byAction.set(row.action, (byAction.get(row.action) ?? 0) + value);
    }
    byYear.set(row.year, (byYear.get(row.year) ?? 0) + value);
  });
  return { rowValues, byAction, byYear, actions, admin, total: actions + admin };
}

export interface SourceTotals {
  /** V.B 1: all costs (from V.A). */
  total: number;
  grant: number;
  /** V.B 3: own contribution = financial + personal + in-kind. */
  own: number;
  financial: number;
  /** Fees from beneficiaries, part of the financial contribution. */
  fees: number;
  /** Non-financial contribution = personal + in-kind. */
  nonFinancial: number;
  personal: number;
  inKind: number;
  /** Sum of the sources typed (grant + own). */
  sourcesSum: number;
  /** total − sourcesSum: 0 when the sources cover the costs exactly. */
  unallocated: number;
  shares: {
    grant: Share;
    own: Share;
    financial: Share;
    nonFinancial: Share;
    personal: Share;
    inKind: Share;
    admin: Share;
  };
}

export function sourceTotals(sources: Sources, costs: CostTotals): SourceTotals {
  const own = sources.financial + sources.personal + sources.inKind;
  const total = costs.total;
  const of = (part: number): Share => ({ part, whole: total });
  return {
    total,
    grant: sources.grant,
    own,
    financial: sources.financial,
    fees: sources.fees,
    nonFinancial: sources.personal + sources.inKind,
    personal: sources.personal,
    inKind: sources.inKind,
    sourcesSum: sources.grant + own,
    unallocated: total - (sources.grant + own),
    shares: {
      grant: of(sources.grant),
      own: of(own),
      financial: of(sources.financial),
      nonFinancial: of(sources.personal + sources.inKind),
      personal: of(sources.personal),
      inKind: of(sources.inKind),
      admin: of(costs.admin),
    },
  };
}

/** V.C: the split among joint offerors and what is left to split (0 when it adds up). */
export function splitTotals(split: CostsSection["split"], total: number) {
  const sum = split.reduce((acc, row) => acc + row.amount, 0);
  return { sum, unallocated: total - sum };
}

/** Everything section V shows, from its content. */
export function calculateCosts(costs: CostsSection) {
  const totals = costTotals(costs.rows);
  return {
    totals,
    sources: sourceTotals(costs.sources, totals),
    split: splitTotals(costs.split, totals.total),
  };
}

export type CostCalculation = ReturnType<typeof calculateCosts>;
