import { warsawDatePlusDays, warsawLocalToInstant } from "../../platform/format/dates";

/** The reason of a rejection when a correction was not made in time (PROCESS.md §3). */
export const EXPIRED_CORRECTION_REASON = "nieusunięcie braków formalnych w wyznaczonym terminie";

/** How often the expiry of corrections is looked at. */
export const EXPIRE_CORRECTIONS_INTERVAL_MS = 60_000;

/**
 * The deadline of a correction: `days` calendar days after today in Warsaw, to the end of that day
 * (23:59:59 Europe/Warsaw, KPA art. 57 § 1: the day of the request is not counted).
 */
export function correctionDeadline(now: Date, days: number): Date {
  const instant = warsawLocalToInstant(`${warsawDatePlusDays(now, Math.max(1, days))} 23:59:59`);
  if (!instant) throw new Error("correction deadline not computable");
  return instant;
}
