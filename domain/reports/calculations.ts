import { increaseBp, withinAllowedShift } from "../settlement/refund";
import type { ReportContent, ReportCostLine, ReportSources } from "./content";

/*
 * The computed part of a report (Dz.U. 2018 poz. 2057 zał. 5, part II): totals per source and
 * overall, planned against actual, the deviation of each cost line and whether it goes over the
 * shift the contract allows without an annex (framework contract zał. 3 § 10: default 20 %). Pure
 * and exact in grosze; never stored, always computed from the content.
 */

export interface LineDeviation {
  key: string;
  planned: number;
  actual: number;
  /** actual − planned (grosze, may be negative). */
  amount: number;
  /** The increase over plan in basis points of the plan, half up; null without a plan. */
  percentBp: number | null;
  /** Over the allowed shift: an explanation is needed before submission. */
  flagged: boolean;
}

export interface ReportTotals {
  lines: LineDeviation[];
  planned: number;
  actual: number;
  sources: {
    planned: ReportSources & { own: number; total: number };
    actual: ReportSources & { own: number; total: number };
  };
  /** Own contribution (financial + personal + in kind) as a share of the total, basis points. */
  ownShareBp: { planned: number | null; actual: number | null };
  /** Keys of the flagged lines without an explanation. */
  unexplained: string[];
}

export function lineDeviation(
  line: Pick<ReportCostLine, "key" | "planned" | "actual">,
  allowedShiftBp: number,
): LineDeviation {
  return {
    key: line.key,
    planned: line.planned,
    actual: line.actual,
    amount: line.actual - line.planned,
    percentBp: increaseBp(line.planned, line.actual),
    flagged: !withinAllowedShift({ plannedGrant: line.planned, actualGrant: line.actual }, allowedShiftBp),
  };
}

function withTotals(s: ReportSources) {
  const own = s.financial + s.personal + s.inKind;
  return { ...s, own, total: s.grant + own };
}

/** part / whole in basis points, half up; null when the whole is 0. */
export function shareOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Number((BigInt(part) * 20_000n + BigInt(whole)) / (2n * BigInt(whole)));
}

export function reportTotals(
  content: Pick<ReportContent, "costLines" | "sources">,
  allowedShiftBp: number,
): ReportTotals {
  const lines = content.costLines.map((l) => lineDeviation(l, allowedShiftBp));
  const planned = withTotals(content.sources.planned);
  const actual = withTotals(content.sources.actual);
  return {
    lines,
    planned: lines.reduce((a, l) => a + l.planned, 0),
    actual: lines.reduce((a, l) => a + l.actual, 0),
    sources: { planned, actual },
    ownShareBp: { planned: shareOf(planned.own, planned.total), actual: shareOf(actual.own, actual.total) },
    unexplained: content.costLines
      .filter((l, i) => lines[i]?.flagged && l.explanation.trim() === "")
      .map((l) => l.key),
  };
}

/** Basis points as "12,34 %"; "—" without a value. */
export function formatBp(bp: number | null): string {
  if (bp === null) return "—";
  const sign = bp < 0 ? "-" : "";
  const abs = Math.abs(bp);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")} %`;
}
