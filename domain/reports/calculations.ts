import { increaseBp, withinAllowedShift } from "../settlement/refund";
import type { ReportContent, ReportCostLine, ReportDocument, ReportSources } from "./content";

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

/*
 * The optional list of accounting documents (framework template zał. 5 part III) against the
 * financial section: per cost line, the documents' parts from the grant and from other sources
 * beside the actual cost reported for the line. A line whose documents add up to more than its
 * reported cost is flagged as a warning only: the list is optional and may be partial.
 */

export interface DocumentSums {
  count: number;
  fromGrant: number;
  fromOther: number;
  /** fromGrant + fromOther. */
  total: number;
}

export interface LineDocuments extends DocumentSums {
  key: string;
  /** The line's actual cost in the financial section (II.1). */
  actual: number;
  /** actual − total (negative when the documents exceed the reported cost). */
  difference: number;
  exceeds: boolean;
}

export interface DocumentsComparison {
  lines: LineDocuments[];
  /** Documents charged to a line that is not in the plan (e.g. after an annex). */
  unassigned: DocumentSums;
  /** All documents, their gross amounts and parts. */
  totals: DocumentSums & { amount: number };
  /** Keys of the lines whose documents exceed the reported actual cost. */
  exceeding: string[];
}

const NO_DOCUMENTS: DocumentSums = { count: 0, fromGrant: 0, fromOther: 0, total: 0 };

function addDocument(sums: DocumentSums, d: Pick<ReportDocument, "fromGrant" | "fromOther">): DocumentSums {
  return {
    count: sums.count + 1,
    fromGrant: sums.fromGrant + d.fromGrant,
    fromOther: sums.fromOther + d.fromOther,
    total: sums.total + d.fromGrant + d.fromOther,
  };
}

export function documentsComparison(
  content: Pick<ReportContent, "costLines" | "documents">,
): DocumentsComparison {
  const byLine = new Map<string, DocumentSums>(content.costLines.map((l) => [l.key, NO_DOCUMENTS]));
  let unassigned = NO_DOCUMENTS;
  let totals = { ...NO_DOCUMENTS, amount: 0 };
  for (const d of content.documents) {
    const sums = byLine.get(d.costLine);
    if (sums) byLine.set(d.costLine, addDocument(sums, d));
    else unassigned = addDocument(unassigned, d);
    totals = { ...addDocument(totals, d), amount: totals.amount + d.amount };
  }
  const lines = content.costLines.map((l): LineDocuments => {
    const sums = byLine.get(l.key) ?? NO_DOCUMENTS;
    return {
      key: l.key,
      actual: l.actual,
      ...sums,
      difference: l.actual - sums.total,
      exceeds: sums.total > l.actual,
    };
  });
  return { lines, unassigned, totals, exceeding: lines.filter((l) => l.exceeds).map((l) => l.key) };
}

/**
 * Indexes of the documents dated outside the task's period (a warning: costs are incurred within
 * the dates of the contract, framework contract zał. 3 § 2 ust. 1–2). Dates are YYYY-MM-DD.
 */
export function documentsOutsidePeriod(
  documents: Pick<ReportDocument, "date">[],
  period: { start: string; end: string },
): number[] {
  return documents.flatMap((d, i) => (d.date < period.start || d.date > period.end ? [i] : []));
}

/** What the pages show beside the list: the comparison by line and the rows dated outside the task. */
export function documentsReview(
  content: Pick<ReportContent, "costLines" | "documents">,
  task: { start: string; end: string },
) {
  return {
    comparison: documentsComparison(content),
    outsidePeriod: documentsOutsidePeriod(content.documents, task),
    task,
  };
}
export type DocumentsReview = ReturnType<typeof documentsReview>;
