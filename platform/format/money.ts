/**
 * Money is exact: integer grosze (PROCESS.md §11). Formatting groups thousands with a space even
 * for four-digit amounts, as Polish public documents do ("1 234,56 zł"); Intl's pl-PL does not.
 */
export function formatMoney(grosze: number | bigint): string {
  const value = BigInt(grosze);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const zl = (abs / 100n).toString();
  const gr = (abs % 100n).toString().padStart(2, "0");
  const grouped = zl.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${negative ? "−" : ""}${grouped},${gr}\u00a0zł`;
}

/** Parses "1 234,56", "1234.56" or "1234" (zł) into grosze; returns null for anything else. */
export function parseMoney(input: string): number | null {
  const cleaned = input.replace(/[\s\u00a0]/g, "").replace(/zł$/i, "");
  const m = /^(-?)(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!m) return null;
  const grosze = Number(m[2]) * 100 + Number((m[3] ?? "0").padEnd(2, "0"));
  return m[1] === "-" ? -grosze : grosze;
}
