import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { useTestDatabase } from "~/test/db";
import { createCompetitionWorld } from "../competitions/testing/factories";
import { expectAppError } from "../organizations/testing/factories";
import { auditOfAction } from "../results/testing/factories";
import { computeInterest } from "./interest";
import {
  addInterestRate,
  asRates,
  insertDemoInterestRates,
  listInterestRates,
  parseRateBp,
  removeInterestRate,
  thresholdOn,
} from "./interest-rates";

describe("the table of interest rates for tax arrears", () => {
  const t = useTestDatabase();
  let w: Awaited<ReturnType<typeof createCompetitionWorld>>;
  const clock = fixedClock("2026-03-02T09:00:00Z");

  beforeAll(async () => {
    w = await createCompetitionWorld(t.db);
  });

  it("reads a rate typed in per cent with at most two decimals", () => {
    expect(parseRateBp("14,50")).toBe(1_450);
    expect(parseRateBp("12.5 %")).toBe(1_250);
    expect(parseRateBp("8")).toBe(800);
    expect(parseRateBp("1,234")).toBeNull();
    expect(parseRateBp("dużo")).toBeNull();
  });

  it("holds the demo's rates once, and prices a delay across a change of rate", async () => {
    await insertDemoInterestRates(t.db, w.tenant.id);
    await insertDemoInterestRates(t.db, w.tenant.id);
    const rows = await listInterestRates(t.db, w.tenant.id);
    expect(rows.map((r) => [r.validFrom, r.yearlyBp])).toEqual([
      ["2023-10-05", 1_450],
      ["2025-05-08", 1_400],
      ["2025-07-03", 1_350],
      ["2025-09-04", 1_300],
      ["2025-10-09", 1_250],
      ["2025-11-06", 1_200],
    ]);
    expect(thresholdOn(rows, "2026-01-01")).toBe(870);
    // 100 000,00 zł from 2025-11-01 to 2025-11-10: 5 days at 12,5 %, 5 days at 12 % = 335,62 zł → 336 zł.
    const interest = computeInterest({
      amount: 10_000_000,
      from: "2025-11-01",
      to: "2025-11-10",
      rates: asRates(rows),
      thresholdGrosze: 870,
    });
    expect(interest.amount).toBe(33_600);
  });

  it("adds a rate once per day and removes only a rate not yet in force, audited", async () => {
    const o = { db: t.db, tenantId: w.tenant.id, actor: w.admin.actor, clock };
    await addInterestRate({
      ...o,
      input: { validFrom: "2026-04-01", yearlyRate: "11,50", threshold: "8,70" },
    });
    await expectAppError(
      addInterestRate({ ...o, input: { validFrom: "2026-04-01", yearlyRate: "11" } }),
      "CONFLICT",
      "settlement.rates.error.taken",
    );
    await expectAppError(
      addInterestRate({ ...o, input: { validFrom: "2026-02-30", yearlyRate: "11" } }),
      "VALIDATION",
    );
    const rows = await listInterestRates(t.db, w.tenant.id);
    const future = rows.find((r) => r.validFrom === "2026-04-01");
    const past = rows.find((r) => r.validFrom === "2025-11-06");
    await expectAppError(
      removeInterestRate({ ...o, id: past?.id }),
      "CONFLICT",
      "settlement.rates.error.inForce",
    );
    await removeInterestRate({ ...o, id: future?.id });
    expect(await auditOfAction(t.db, "settlement.rateAdded")).toHaveLength(1);
    expect(await auditOfAction(t.db, "settlement.rateRemoved")).toHaveLength(1);
  });
});
