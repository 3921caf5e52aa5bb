/** Basis points as a form shows percent: 2000 → "20", 1250 → "12,5"; blank without a value. */
export function percentInput(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return "";
  return (bp / 100).toLocaleString("pl-PL", { maximumFractionDigits: 2, useGrouping: false });
}

/**
 * Basis points as Polish text, a no-break space before the sign: 1250 → "12,5 %"; with `fixed`,
 * always two decimals, "12,50 %" (tables and comparisons, where digits should line up); "—"
 * without a value. The one percent format of pages, mails, PDFs and DOCX.
 */
export function formatPercent(bp: number | null | undefined, fixed = false): string {
  if (bp === null || bp === undefined) return "—";
  const digits = { minimumFractionDigits: fixed ? 2 : 0, maximumFractionDigits: 2 };
  return `${(bp / 100).toLocaleString("pl-PL", digits)}\u00a0%`;
}
