/** Every date the platform shows is in the municipality's time zone (PROCESS.md §11). */
export const TIME_ZONE = "Europe/Warsaw";

const dateFormat = new Intl.DateTimeFormat("pl-PL", {
  timeZone: TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
});
const dateTimeFormat = new Intl.DateTimeFormat("pl-PL", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "24 listopada 2026" */
export function formatDate(d: Date | string): string {
  return dateFormat.format(new Date(d));
}

/** "24.11.2026, 15:00" in Warsaw time. */
export function formatDateTime(d: Date | string): string {
  return dateTimeFormat.format(new Date(d));
}

/*
 * Calendar arithmetic in Europe/Warsaw (PROCESS.md §11: day counts of the law are calendar days;
 * a deadline typed as "2026-03-30 15:00" is Warsaw time across DST changes). Instants are stored
 * as UTC; only dates and day counts are Warsaw's.
 */

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function warsawParts(at: Date) {
  const parts = partsFormat.formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** The Warsaw calendar date of an instant, "2026-03-20". */
export function warsawDateOf(at: Date): string {
  const p = warsawParts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Day number of a "YYYY-MM-DD" date (days since 1970-01-01), for whole-day differences. */
function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

/** Whole calendar days from one "YYYY-MM-DD" date to another (negative when `to` is earlier). */
export function isoDaysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Whole calendar days from the Warsaw date of `from` to the Warsaw date of `to` (the day of the
 * event itself is not counted, KPA art. 57 § 1). Independent of the hour and of DST changes.
 */
export function calendarDaysBetween(from: Date, to: Date): number {
  return dayNumber(warsawDateOf(to)) - dayNumber(warsawDateOf(from));
}

/** The Warsaw date `days` calendar days after the Warsaw date of `at`, "2026-04-10". */
export function warsawDatePlusDays(at: Date, days: number): string {
  const n = dayNumber(warsawDateOf(at)) + days;
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** ISO 8601 with Warsaw's offset: "2026-12-20T15:00:00+01:00" (the API's deadline format). */
export function toWarsawIso(at: Date): string {
  const p = warsawParts(at);
  const offset = warsawOffsetMinutes(at);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hh}:${mm}`;
}

/** The form's value of an instant in Warsaw time: "2026-12-20 15:00". */
export function toWarsawLocalInput(at: Date): string {
  const p = warsawParts(at);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Time left until an instant, in whole days and hours (never negative). */
export function timeLeft(now: Date, until: Date): { days: number; hours: number; minutes: number } {
  const ms = Math.max(0, until.getTime() - now.getTime());
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor((ms % 86_400_000) / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  return { days, hours, minutes };
}

/** The Warsaw calendar year of an instant. */
export function warsawYearOf(at: Date): number {
  return Number(warsawParts(at).year);
}

/** Offset of Warsaw from UTC at a given instant, in minutes (60 in winter, 120 in summer). */
function warsawOffsetMinutes(at: Date): number {
  const p = warsawParts(at);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** How a typed Warsaw wall-clock time became an instant (see resolveWarsawLocal). */
export type WarsawLocalShift = "none" | "gap" | "ambiguous";

export interface ResolvedWarsawLocal {
  instant: Date;
  /**
   * "gap": the time does not exist (spring forward, e.g. 2027-03-28 02:30) and was moved forward
   * by the length of the gap (03:30 summer time); "ambiguous": it exists twice (fall back, e.g.
   * 2026-10-25 02:30) and the later one (winter time, +01:00) was taken; "none": exactly one.
   */
  shift: WarsawLocalShift;
}

/**
 * Reads a wall-clock time typed in Warsaw ("2026-03-30T15:00" or "2026-03-30 15:00") as an
 * instant. The rule for the two DST changes a year (every date-time an officer types: a
 * competition's deadline, an event, a committee meeting):
 * - a time skipped in spring is accepted as the instant the same distance after the gap's start
 *   (02:30 → 03:30 summer time), i.e. read with the offset in force before the change;
 * - a time repeated in autumn is the later of its two instants (the second 02:30, winter time).
 * Either way `shift` says so, for the form to warn the officer what was stored.
 */
export function resolveWarsawLocal(local: string): ResolvedWarsawLocal | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const naiveUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(naiveUtc)) return null;
  // The offsets in force a day before and a day after: a DST change lies between them, if any.
  const offsets = [
    warsawOffsetMinutes(new Date(naiveUtc - 86_400_000)),
    warsawOffsetMinutes(new Date(naiveUtc + 86_400_000)),
  ];
  const shows = (at: Date) => {
    const p = warsawParts(at);
    return (
      Date.UTC(
        Number(p.year),
        Number(p.month) - 1,
        Number(p.day),
        Number(p.hour),
        Number(p.minute),
        Number(p.second),
      ) === naiveUtc
    );
  };
  const candidates = [...new Set(offsets)]
    .map((offset) => new Date(naiveUtc - offset * 60_000))
    .filter((at) => shows(at))
    .sort((a, b) => a.getTime() - b.getTime());
  const last = candidates[candidates.length - 1];
  if (last) return { instant: last, shift: candidates.length > 1 ? "ambiguous" : "none" };
  // In the gap: read with the offset before the change, which lands the gap's length later.
  return { instant: new Date(naiveUtc - (offsets[0] ?? 60) * 60_000), shift: "gap" };
}

/** resolveWarsawLocal's instant alone (the DST rule included); null for text that is no date-time. */
export function warsawLocalToInstant(local: string): Date | null {
  return resolveWarsawLocal(local)?.instant ?? null;
}
