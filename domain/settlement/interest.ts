/*
 * Interest on a late return of a grant "as for tax arrears" (ustawa o finansach publicznych art.
 * 251 ust. 5 and art. 252 ust. 1, read with Ordynacja podatkowa art. 56 and 63). The yearly rate
 * changes with the NBP lombard rate, so the administrator keeps a table of rates with the day each
 * one applies from; interest is summed over the periods of the table, computed exactly and rounded
 * once, to full złoty (Ordynacja podatkowa art. 63 § 1: under 50 gr down, 50 gr and more up), and
 * not charged at all when it does not exceed the threshold of art. 54 § 1 pkt 1 (kept in the
 * table's settings, since it follows the postal fee). Dates are Warsaw calendar days, YYYY-MM-DD.
 */

export interface InterestRate {
  /** The first day the rate applies (YYYY-MM-DD). */
  from: string;
  /** Yearly rate in basis points (14,5 % = 1 450). */
  yearlyBp: number;
}

export interface InterestInput {
  /** The amount owed, grosze. */
  amount: number;
  /** The first day interest runs (inclusive). */
  from: string;
  /** The day of payment (inclusive); no interest when before `from`. */
  to: string;
  rates: readonly InterestRate[];
  /** Interest up to this many grosze is not charged (art. 54 § 1 pkt 1 OP). */
  thresholdGrosze: number;
}

export interface InterestPeriod {
  from: string;
  to: string;
  days: number;
  yearlyBp: number;
}

export interface Interest {
  periods: InterestPeriod[];
  days: number;
  /** The exact interest before rounding, as a fraction of grosze (numerator / 3 650 000). */
  exactNumerator: bigint;
  /** Rounded to full złoty, 0 under the threshold; grosze. */
  amount: number;
}

const DAY_MS = 86_400_000;
/** 365 days × 10 000 basis points: the denominator of amount × days × bp. */
const DENOMINATOR = 3_650_000n;

function dayNumber(date: string): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(ms)) throw new RangeError(`not a date: ${date}`);
  return Math.round(ms / DAY_MS);
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day after a date (YYYY-MM-DD). */
export function nextDay(date: string): string {
  return dateOf(dayNumber(date) + 1);
}

/** Rounds grosze to full złoty as Ordynacja podatkowa art. 63 § 1 says (half up). */
export function roundToZloty(numerator: bigint, denominator: bigint): number {
  const hundred = 100n * denominator;
  return Number(((numerator + hundred / 2n) / hundred) * 100n);
}

/** Interest on `amount` for the days from `from` to `to` inclusive, over the rate table's periods. */
export function computeInterest(input: InterestInput): Interest {
  if (!Number.isSafeInteger(input.amount) || input.amount < 0)
    throw new RangeError("amount must be grosze ≥ 0");
  const first = dayNumber(input.from);
  const last = dayNumber(input.to);
  const rates = [...input.rates].sort((a, b) => dayNumber(a.from) - dayNumber(b.from));
  const periods: InterestPeriod[] = [];
  let numerator = 0n;
  for (let i = 0; i < rates.length; i++) {
    const rate = rates[i] as InterestRate;
    const next = rates[i + 1];
    const start = Math.max(first, dayNumber(rate.from));
    const end = Math.min(last, next ? dayNumber(next.from) - 1 : last);
    if (end < start) continue;
    const days = end - start + 1;
    periods.push({ from: dateOf(start), to: dateOf(end), days, yearlyBp: rate.yearlyBp });
    numerator += BigInt(input.amount) * BigInt(days) * BigInt(rate.yearlyBp);
  }
  const covered = periods.reduce((sum, p) => sum + p.days, 0);
  if (last >= first && covered < last - first + 1)
    throw new RangeError(`the rate table does not cover ${input.from}…${input.to}`);
  const rounded = roundToZloty(numerator, DENOMINATOR);
  return {
    periods,
    days: covered,
    exactNumerator: numerator,
    amount: rounded <= input.thresholdGrosze ? 0 : rounded,
  };
}
