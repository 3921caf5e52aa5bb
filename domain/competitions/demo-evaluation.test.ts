import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../demo/seed-demo.server";
import { fixedClock } from "../../platform/clock/clock";
import { competitions } from "../../platform/db/schema/competitions";
import {
  committeeExclusions,
  committeeMembers,
  competitionResults,
} from "../../platform/db/schema/evaluation";
import { loadEnv } from "../../platform/env/env.server";
import { createLogger } from "../../platform/logging/logger.server";
import type { Services } from "../../platform/services.server";
import { useTestDatabase } from "../../test/db";

// Lives beside the domain because vitest only collects tests from app/, domain/, platform/, server/ and test/.
describe("the demo's resolved competition", () => {
  const t = useTestDatabase();

  it("has its evaluation and published results: funded (one reduced), below the threshold, formally rejected", async () => {
    const services = {
      env: loadEnv({ APP_MODE: "demo", LOG_LEVEL: "silent" }),
      db: t.db,
      database: null,
      clock: fixedClock(new Date("2026-11-24T08:00:00Z")),
      logger: createLogger("silent"),
      signingSecret: "x".repeat(32),
    } as unknown as Services;
    await seedDemoIfEmpty(services);
    const [resolved] = await t.db
      .select()
      .from(competitions)
      .where(and(eq(competitions.areaCode, "ecology_animals"), eq(competitions.status, "resolved")));
    if (!resolved) throw new Error("no resolved demo competition");
    const results = await t.db
      .select()
      .from(competitionResults)
      .where(eq(competitionResults.competitionId, resolved.id));
    const byStatus = (status: string) => results.filter((r) => r.status === status);
    expect(byStatus("funded")).toHaveLength(3);
    expect(byStatus("below_threshold")).toHaveLength(1);
    expect(byStatus("rejected_formally")).toHaveLength(1);
    const reduced = byStatus("funded").filter((r) => r.awardedAmount < r.requestedAmount);
    expect(reduced.map((r) => r.organizationName)).toEqual(["Stowarzyszenie Traugutt dla Przyszłości"]);
    const awarded = results.reduce((sum, r) => sum + r.awardedAmount, 0);
    expect(awarded).toBeLessThanOrEqual(3_040_000);
    // Ranked in order of score; the rejected offer has no score and no place.
    const ranked = results.filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    expect(ranked.map((r) => r.scoreHundredths)).toEqual(
      [...ranked.map((r) => r.scoreHundredths)].sort((a, b) => (b ?? 0) - (a ?? 0)),
    );
    expect(byStatus("rejected_formally")[0]).toMatchObject({
      rank: null,
      scoreHundredths: null,
      awardedAmount: 0,
    });

    const members = await t.db
      .select()
      .from(committeeMembers)
      .where(eq(committeeMembers.competitionId, resolved.id));
    expect(members.map((m) => m.kind).sort()).toEqual(["ngo", "staff", "staff"]);
    expect(members.every((m) => m.declaredAt !== null)).toBe(true);
    const ngo = members.find((m) => m.kind === "ngo");
    const exclusions = await t.db
      .select()
      .from(committeeExclusions)
      .where(eq(committeeExclusions.memberId, ngo?.id ?? ""));
    expect(exclusions).toHaveLength(1);
  });
});
