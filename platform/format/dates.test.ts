import { describe, expect, it } from "vitest";
import {
  calendarDaysBetween,
  timeLeft,
  toWarsawIso,
  toWarsawLocalInput,
  warsawDateOf,
  warsawDatePlusDays,
  warsawLocalToInstant,
} from "./dates";

const w = (local: string) => warsawLocalToInstant(local) as Date;

describe("Warsaw calendar", () => {
  it("counts calendar days on Warsaw dates, whatever the hour", () => {
    expect(calendarDaysBetween(w("2026-11-10 23:59"), w("2026-12-01 00:00"))).toBe(21);
    expect(calendarDaysBetween(w("2026-11-10 00:00"), w("2026-11-30 23:59"))).toBe(20);
  });

  it("is not moved by the spring DST change (20 days and 23 h of clock time are still 21 days)", () => {
    const from = w("2026-03-20 15:00");
    const to = w("2026-04-10 15:00");
    expect((to.getTime() - from.getTime()) / 3_600_000).toBe(21 * 24 - 1);
    expect(calendarDaysBetween(from, to)).toBe(21);
  });

  it("is not moved by the autumn DST change", () => {
    const from = w("2026-10-10 15:00");
    const to = w("2026-10-31 14:00");
    expect(calendarDaysBetween(from, to)).toBe(21);
    expect(calendarDaysBetween(from, w("2026-10-30 23:59"))).toBe(20);
  });

  it("uses the Warsaw date near midnight UTC", () => {
    expect(warsawDateOf(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(warsawDatePlusDays(new Date("2026-03-20T09:00:00Z"), 21)).toBe("2026-04-10");
  });

  it("formats ISO 8601 with the Warsaw offset in winter and summer", () => {
    expect(toWarsawIso(w("2026-12-20 15:00"))).toBe("2026-12-20T15:00:00+01:00");
    expect(toWarsawIso(w("2026-06-20 15:00"))).toBe("2026-06-20T15:00:00+02:00");
    expect(toWarsawLocalInput(w("2026-06-20 15:00"))).toBe("2026-06-20 15:00");
  });

  it("tells the time left in days and hours, never negative", () => {
    const now = w("2026-12-15 12:00");
    expect(timeLeft(now, w("2026-12-20 15:00"))).toMatchObject({ days: 5, hours: 3 });
    expect(timeLeft(w("2026-12-21 12:00"), w("2026-12-20 15:00"))).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
