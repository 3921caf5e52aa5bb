import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../demo/seed-demo.server";
import { fixedClock } from "../../platform/clock/clock";
import {
  contractInstalments,
  contracts,
  contractVersions,
  settlementReturns,
  settlements,
} from "../../platform/db/schema/contracts";
import { organizations } from "../../platform/db/schema/organizations";
import { reports } from "../../platform/db/schema/reports";
import { loadEnv } from "../../platform/env/env.server";
import { createLogger } from "../../platform/logging/logger.server";
import type { Services } from "../../platform/services.server";
import { useTestDatabase } from "../../test/db";

// Lives beside the domain because vitest only collects tests from app/, domain/, platform/, server/ and test/.
describe("the demo's contracts after last year's ecological call", () => {
  const t = useTestDatabase();

  it("has one contract in progress (annex, instalments paid, partial report accepted) and one settled with a return", async () => {
    const services = {
      env: loadEnv({ APP_MODE: "demo", LOG_LEVEL: "silent" }),
      db: t.db,
      database: null,
      clock: fixedClock(new Date("2026-11-24T08:00:00Z")),
      logger: createLogger("silent"),
      signingSecret: "x".repeat(32),
    } as unknown as Services;
    await seedDemoIfEmpty(services);
    const rows = await t.db
      .select({ contract: contracts, organization: organizations.name })
      .from(contracts)
      .innerJoin(organizations, eq(organizations.id, contracts.organizationId));
    const byName = new Map(rows.map((r) => [r.organization, r.contract]));
    expect([...byName.keys()].sort()).toEqual([
      "Stowarzyszenie Komunikat",
      "Towarzystwo Opieki nad Zwierzętami w Polsce Oddział w Częstochowie",
    ]);

    const toz = byName.get("Towarzystwo Opieki nad Zwierzętami w Polsce Oddział w Częstochowie");
    expect(toz?.status).toBe("in_progress");
    expect(toz?.number).toMatch(/^WE\.526\.\d+\.2026$/);
    expect(toz?.currentVersion).toBe(2);
    const versions = await t.db
      .select()
      .from(contractVersions)
      .where(eq(contractVersions.contractId, toz?.id ?? ""));
    expect(versions.map((v) => v.kind).sort()).toEqual(["annex", "original"]);
    const instalments = await t.db
      .select()
      .from(contractInstalments)
      .where(eq(contractInstalments.contractId, toz?.id ?? ""));
    expect(instalments).toHaveLength(2);
    expect(instalments.every((i) => i.paidAmount === i.plannedAmount)).toBe(true);
    expect(instalments.reduce((s, i) => s + i.plannedAmount, 0)).toBe(toz?.grantAmount);
    const tozReports = await t.db
      .select()
      .from(reports)
      .where(eq(reports.contractId, toz?.id ?? ""));
    expect(Object.fromEntries(tozReports.map((r) => [r.kind, r.status]))).toEqual({
      partial: "accepted",
      final: "due",
    });

    const komunikat = byName.get("Stowarzyszenie Komunikat");
    expect(komunikat?.status).toBe("settled");
    expect(komunikat?.taskEnd).toBe("2026-06-30");
    const [settlement] = await t.db
      .select()
      .from(settlements)
      .where(eq(settlements.contractId, komunikat?.id ?? ""));
    expect(settlement?.status).toBe("closed");
    expect(settlement?.refundTotal).toBe(25_000);
    const returns = await t.db
      .select()
      .from(settlementReturns)
      .where(eq(settlementReturns.contractId, komunikat?.id ?? ""));
    expect(returns.map((r) => [r.kind, r.amount])).toEqual([["principal", 25_000]]);
  });
});
