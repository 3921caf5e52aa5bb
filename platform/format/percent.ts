/** Basis points as a form shows percent: 2000 → "20", 1250 → "12,5"; blank without a value. */
export function percentInput(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return "";
  return (bp / 100).toLocaleString("pl-PL", { maximumFractionDigits: 2, useGrouping: false });
}
