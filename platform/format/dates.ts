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

/** Offset of Warsaw from UTC at a given instant, in minutes (60 in winter, 120 in summer). */
function warsawOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/**
 * Reads a wall-clock time typed in Warsaw ("2026-03-30T15:00" or "2026-03-30 15:00") as an instant.
 * Across the DST change the offset of the result itself is used; a time skipped in spring moves forward.
 */
export function warsawLocalToInstant(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const naiveUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(naiveUtc)) return null;
  let guess = new Date(naiveUtc - warsawOffsetMinutes(new Date(naiveUtc)) * 60_000);
  guess = new Date(naiveUtc - warsawOffsetMinutes(guess) * 60_000);
  return guess;
}
