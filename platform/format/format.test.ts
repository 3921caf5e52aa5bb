import { describe, expect, it } from "vitest";
import { formatDateTime, warsawLocalToInstant } from "./dates";
import { formatMoney, parseMoney } from "./money";

describe("money", () => {
  it("formats grosze the Polish way, grouping four-digit amounts", () => {
    expect(formatMoney(123456)).toBe("1\u00a0234,56\u00a0zł");
    expect(formatMoney(3179691582)).toBe("31\u00a0796\u00a0915,82\u00a0zł");
    expect(formatMoney(5)).toBe("0,05\u00a0zł");
    expect(formatMoney(-100)).toBe("−1,00\u00a0zł");
  });
  it("parses typed amounts exactly", () => {
    expect(parseMoney("1 234,56")).toBe(123456);
    expect(parseMoney("1234.5")).toBe(123450);
    expect(parseMoney("0,1 zł")).toBe(10);
    expect(parseMoney("12,345")).toBeNull();
    expect(parseMoney("abc")).toBeNull();
  });
});

describe("Warsaw time", () => {
  it("reads a winter deadline as UTC+1 and a summer one as UTC+2", () => {
    expect(warsawLocalToInstant("2026-01-15 15:00")?.toISOString()).toBe("2026-01-15T14:00:00.000Z");
    expect(warsawLocalToInstant("2026-07-15T15:00")?.toISOString()).toBe("2026-07-15T13:00:00.000Z");
  });
  it("handles the days of the DST changes", () => {
    expect(warsawLocalToInstant("2026-03-29 12:00")?.toISOString()).toBe("2026-03-29T10:00:00.000Z");
    expect(warsawLocalToInstant("2026-10-25 12:00")?.toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });
  it("shows instants in Warsaw time", () => {
    expect(formatDateTime("2026-07-15T13:00:00Z")).toContain("15:00");
  });
  it("refuses malformed input", () => {
    expect(warsawLocalToInstant("30.03.2026")).toBeNull();
  });
});
