import { warsawDateOf, warsawLocalToInstant } from "../../platform/format/dates";
import { CALENDAR_CATEGORIES, type CalendarCategory } from "./rules";

/*
 * The calendar's address parameters, read leniently: ?miesiac=2026-12&kategoria=training&widok=lista.
 * Anything malformed is ignored (the current month, every category), never an error page.
 */

export interface Month {
  year: number;
  month: number;
}

/** "2026-12" of a month. */
export function monthKey(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, "0")}`;
}

/** The Warsaw month of an instant. */
export function monthOf(at: Date): Month {
  const [y, m] = warsawDateOf(at).split("-").map(Number);
  return { year: y ?? 1970, month: m ?? 1 };
}

/** ?miesiac= as a month between 2000 and 2100, or the current Warsaw month. */
export function parseMonth(value: string | null, now: Date): Month {
  const match = value ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (year >= 2000 && year <= 2100 && month >= 1 && month <= 12) return { year, month };
  }
  return monthOf(now);
}

export function shiftMonth(m: Month, by: number): Month {
  const index = m.year * 12 + (m.month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Warsaw midnight of the given day, as an instant. */
export function warsawMidnight(isoDate: string): Date {
  const instant = warsawLocalToInstant(`${isoDate} 00:00`);
  if (!instant) throw new Error(`bad date ${isoDate}`);
  return instant;
}

/** [first day 00:00, first day of the next month 00:00) in Warsaw. */
export function monthRange(m: Month): { from: Date; to: Date } {
  return {
    from: warsawMidnight(`${monthKey(m)}-01`),
    to: warsawMidnight(`${monthKey(shiftMonth(m, 1))}-01`),
  };
}

/** ?kategoria= (repeatable) as known categories; unknown values are dropped. */
export function parseCategories(values: readonly string[]): CalendarCategory[] {
  return CALENDAR_CATEGORIES.filter((c) => values.includes(c));
}

/**
 * The month as weeks from Monday to Sunday, each day "YYYY-MM-DD" or null for days of the
 * neighbouring months (the grid's empty cells).
 */
export function monthWeeks(m: Month): (string | null)[][] {
  const days = new Date(Date.UTC(m.year, m.month, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(m.year, m.month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: firstWeekday }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${monthKey(m)}-${String(d).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The Warsaw days ("YYYY-MM-DD") an entry touches, for placing it in the grid (at most 62). */
export function daysOf(entry: { startsAt: Date; endsAt: Date }): string[] {
  const first = warsawDateOf(entry.startsAt);
  const last = warsawDateOf(new Date(Math.max(entry.startsAt.getTime(), entry.endsAt.getTime() - 1)));
  const out: string[] = [];
  let cursor = new Date(`${first}T12:00:00Z`);
  while (out.length < 62) {
    const day = cursor.toISOString().slice(0, 10);
    out.push(day);
    if (day >= last) break;
    cursor = new Date(cursor.getTime() + 86_400_000);
  }
  return out;
}
