import { TIME_ZONE } from "~/platform/format/dates";

/*
 * Times the offer pages show that the platform's formatters do not have: the receipt's time to
 * the second ("24.11.2026, 23:41:07") and a time of day ("23:41"), both in Warsaw time.
 */

const withSeconds = new Intl.DateTimeFormat("pl-PL", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
const timeOfDay = new Intl.DateTimeFormat("pl-PL", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
});

/** "24.11.2026, 23:41:07" in Warsaw time. */
export function formatInstant(at: Date | string): string {
  return withSeconds.format(new Date(at));
}

/** "23:41" in Warsaw time. */
export function formatTimeOfDay(at: Date | string): string {
  return timeOfDay.format(new Date(at));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for an id rather than a name a person would recognise. */
export function looksLikeId(value: string): boolean {
  return UUID.test(value);
}
