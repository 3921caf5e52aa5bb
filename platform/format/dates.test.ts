import { describe, expect, it } from "vitest";
import {
  calendarDaysBetween,
  resolveWarsawLocal,
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

describe("Warsaw wall-clock times at the DST changes (resolveWarsawLocal)", () => {
  const at = (local: string) => {
    const r = resolveWarsawLocal(local);
    return r && { iso: toWarsawIso(r.instant), utc: r.instant.toISOString(), shift: r.shift };
  };

  it.each([
    // Spring forward: 02:00–02:59 does not exist; read with the winter offset, i.e. an hour later.
    ["2026-03-29 02:30", "2026-03-29T03:30:00+02:00", "2026-03-29T01:30:00.000Z", "gap"],
    ["2026-03-29 02:00", "2026-03-29T03:00:00+02:00", "2026-03-29T01:00:00.000Z", "gap"],
    ["2026-03-29 02:59", "2026-03-29T03:59:00+02:00", "2026-03-29T01:59:00.000Z", "gap"],
    ["2027-03-28 02:30", "2027-03-28T03:30:00+02:00", "2027-03-28T01:30:00.000Z", "gap"],
    // Fall back: 02:00–02:59 happens twice; the later one (winter time, +01:00) is taken.
    ["2026-10-25 02:30", "2026-10-25T02:30:00+01:00", "2026-10-25T01:30:00.000Z", "ambiguous"],
    ["2026-10-25 02:00", "2026-10-25T02:00:00+01:00", "2026-10-25T01:00:00.000Z", "ambiguous"],
    ["2027-10-31 02:30", "2027-10-31T02:30:00+01:00", "2027-10-31T01:30:00.000Z", "ambiguous"],
  ])("%s becomes %s (%s, %s)", (local, iso, utc, shift) => {
    expect(at(local)).toEqual({ iso, utc, shift });
  });

  it.each([
    // The minutes around each change, and ordinary times in winter and summer, are exactly themselves.
    ["2026-03-29 01:59", "2026-03-29T01:59:00+01:00"],
    ["2026-03-29 03:00", "2026-03-29T03:00:00+02:00"],
    ["2027-03-28 01:59", "2027-03-28T01:59:00+01:00"],
    ["2027-03-28 03:00", "2027-03-28T03:00:00+02:00"],
    ["2026-10-25 01:59", "2026-10-25T01:59:00+02:00"],
    ["2026-10-25 03:00", "2026-10-25T03:00:00+01:00"],
    ["2027-10-31 01:59", "2027-10-31T01:59:00+02:00"],
    ["2027-10-31 03:00", "2027-10-31T03:00:00+01:00"],
    ["2026-12-20 15:00", "2026-12-20T15:00:00+01:00"],
    ["2026-06-20T15:00", "2026-06-20T15:00:00+02:00"],
    ["2027-01-01 00:00", "2027-01-01T00:00:00+01:00"],
  ])("%s is %s, no shift", (local, iso) => {
    expect(at(local)).toMatchObject({ iso, shift: "none" });
    expect(toWarsawLocalInput(w(local))).toBe(local.replace("T", " "));
  });

  it("keeps warsawLocalToInstant the same rule and refuses what is no date-time", () => {
    expect(w("2027-03-28 02:30").toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(w("2026-10-25 02:30").toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(resolveWarsawLocal("2026-10-25")).toBeNull();
    expect(resolveWarsawLocal("jutro 15:00")).toBeNull();
  });
});
