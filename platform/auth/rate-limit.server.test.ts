import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { rateLimits } from "../db/schema/identity";
import { isAppError } from "../errors/app-error";
import { enforceRateLimits, hitRateLimit, incrementCounter, pruneRateLimits } from "./rate-limit.server";
import type { RateLimitRule } from "./rules";

const RULE: RateLimitRule = { name: "test", max: 3, windowMs: 15 * 60 * 1000 };

describe("rate limits", () => {
  const t = useTestDatabase();

  it("allows up to the maximum in a window, then refuses with the minutes left", async () => {
    const now = new Date("2026-03-02T10:05:00Z");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(t.db, { rule: RULE, key: "a", now }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.hits).toBe(4);
    // The window 10:00–10:15 ends in 10 minutes.
    expect(results[3]?.retryAfterMinutes).toBe(10);
  });

  it("starts again in the next window and keeps keys apart", async () => {
    const now = new Date("2026-03-02T11:14:59Z");
    for (let i = 0; i < 3; i++) await hitRateLimit(t.db, { rule: RULE, key: "b", now });
    expect((await hitRateLimit(t.db, { rule: RULE, key: "b", now })).allowed).toBe(false);
    expect((await hitRateLimit(t.db, { rule: RULE, key: "c", now })).allowed).toBe(true);
    const next = new Date("2026-03-02T11:15:00Z");
    expect((await hitRateLimit(t.db, { rule: RULE, key: "b", now: next })).hits).toBe(1);
  });

  it("counts concurrent hits exactly", async () => {
    const now = new Date("2026-03-02T12:00:00Z");
    const hits = await Promise.all(
      Array.from({ length: 20 }, () => incrementCounter(t.db, "concurrent", now)),
    );
    expect([...hits].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("throws RATE_LIMITED when any limit is exceeded and skips keys that are null", async () => {
    const now = new Date("2026-03-02T13:00:00Z");
    const other: RateLimitRule = { name: "other", max: 100, windowMs: 60_000 };
    for (let i = 0; i < 3; i++)
      await enforceRateLimits(t.db, now, [
        { rule: RULE, key: "d" },
        { rule: other, key: null },
      ]);
    const error = await enforceRateLimits(t.db, now, [{ rule: RULE, key: "d" }]).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("RATE_LIMITED");
    expect(isAppError(error) && error.messageKey).toBe('error.rateLimited|{"minutes":15}');
  });

  it("prunes old windows", async () => {
    await incrementCounter(t.db, "old", new Date("2020-01-01T00:00:00Z"));
    const before = await t.db.select({ n: count() }).from(rateLimits);
    await pruneRateLimits(t.db, new Date("2026-03-03T00:00:00Z"));
    const after = await t.db.select({ n: count() }).from(rateLimits);
    expect(after[0]!.n).toBeLessThan(before[0]!.n);
  });
});
