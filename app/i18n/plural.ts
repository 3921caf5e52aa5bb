import type { Locale, Translate } from "./catalog";

/**
 * Plural forms for whole numbers. Polish has three: 1 organizacja; 2–4, 22–24, 102… organizacje
 * (but 12–14 organizacji); 0, 5–21, 25… organizacji. English has two (one, many).
 */
export type PluralForm = "one" | "few" | "many";

export function pluralForm(locale: Locale, count: number): PluralForm {
  const n = Math.abs(Math.trunc(count));
  if (n === 1) return "one";
  if (locale !== "pl") return "many";
  const lastDigit = n % 10;
  const lastTwo = n % 100;
  if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) return "few";
  return "many";
}

/**
 * Translates `${key}.one|few|many` for the count ({count} in the text is filled in, grouped:
 * "1 043"). The English catalogue gives "few" the same text as "many".
 */
export function plural(
  t: Translate,
  locale: Locale,
  key: string,
  count: number,
  params: Record<string, string | number> = {},
): string {
  return t(`${key}.${pluralForm(locale, count)}`, { ...params, count: formatCount(count) });
}

/** A whole number with thousands grouped by a non-breaking space, as Polish texts write it ("111 000"). */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}
