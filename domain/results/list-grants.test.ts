import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { useTestDatabase } from "~/test/db";
import { createPublished } from "../competitions/testing/factories";
import { startTestOffer, warsaw } from "../offers/testing/factories";
import { grantsOfOrganization, grantYears, listGrants } from "./list-grants";
import {
  createResultsWorld,
  defaultResults,
  publishTestResults,
  type ResultsWorld,
} from "./testing/factories";

describe("grants as open data", () => {
  const t = useTestDatabase();
  let w: ResultsWorld;
  let older: string;

  beforeAll(async () => {
    w = await createResultsWorld(t.db);
    await publishTestResults(t.db, w, defaultResults(w), { decisionDate: "2026-05-12" });
    // A competition decided in 2025 (its result corrected later does not move it).
    older = await createPublished(t.db, w, { title: "Konkurs z poprzedniego roku" });
    const offerId = await startTestOffer(t.db, w, { competitionId: older });
    await publishTestResults(
      t.db,
      w,
      [
        {
          offerId,
          organizationId: w.organizationId,
          status: "funded",
          requested: 900_000,
          awarded: 800_000,
          title: "Stare zadanie",
        },
      ],
      { competitionId: older, decisionDate: "2025-12-30", number: "9/2025" },
    );
    // A published competition without a decision has no grants.
    await createPublished(t.db, w, { title: "Konkurs w toku" });
  });

  const list = (query: { year?: number; page?: number; pageSize?: number }, at = "2026-11-24 10:00") =>
    listGrants({ db: t.db, tenantId: w.tenant.id, clock: fixedClock(warsaw(at)), query });

  it("lists the funded results of the year of the decision, the current Warsaw year by default", async () => {
    const current = await list({});
    expect(current.year).toBe(2026);
    expect(current.items.map((g) => [g.organizationId, g.awardedAmount, g.decisionDate])).toEqual([
      [w.orgs[0], 1_500_000, "2026-05-12"],
      [w.orgs[1], 2_000_000, "2026-05-12"],
    ]);
    expect(current.total).toBe(2);
    expect(current.totalAwarded).toBe(3_500_000);
    const lastYear = await list({ year: 2025 });
    expect(lastYear.items.map((g) => [g.taskTitle, g.competitionId, g.awardedAmount])).toEqual([
      ["Stare zadanie", older, 800_000],
    ]);
    // 00:30 on New Year's Day in Warsaw is still 2025 in UTC: the Warsaw year counts.
    expect((await list({}, "2026-01-01 00:30")).year).toBe(2026);
    expect((await list({ year: 2024 })).items).toEqual([]);
  });

  it("pages the year's grants", async () => {
    const first = await list({ year: 2026, pageSize: 1 });
    const second = await list({ year: 2026, pageSize: 1, page: 2 });
    expect([first.pageCount, second.page, first.total]).toEqual([2, 2, 2]);
    expect(first.items.map((g) => g.organizationId)).toEqual([w.orgs[0]]);
    expect(second.items.map((g) => g.organizationId)).toEqual([w.orgs[1]]);
    expect((await list({ year: 2026, pageSize: 1, page: 99 })).page).toBe(2);
  });

  it("gives an organisation's grants across years and the years that have grants", async () => {
    const own = await grantsOfOrganization({
      db: t.db,
      tenantId: w.tenant.id,
      organizationId: w.organizationId,
    });
    expect(own.map((g) => g.decisionDate)).toEqual(["2026-05-12", "2025-12-30"]);
    expect(await grantYears(t.db, w.tenant.id)).toEqual([2026, 2025]);
  });
});
