import { describe, expect, it } from "vitest";
import { seedDemoNews } from "../../demo/seed-news.server";
import { seedDemoOrganizations } from "../../demo/seed-organizations.server";
import { useTestDatabase } from "../../test/db";
import { createTestTenant, createTestUser } from "../organizations/testing/factories";
import { listModerationQueue } from "./list-moderation-queue";
import { listPublishedNews } from "./list-published-news";

// Lives beside the domain because vitest only collects tests from app/, domain/, platform/, server/ and test/.
describe("demo news", () => {
  const t = useTestDatabase();

  it("publishes office and organisation news and leaves one waiting for moderation", async () => {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const userIds = new Map([["ngo@demo.pozytek.pl", owner.id]]);
    const now = new Date("2026-11-24T09:00:00Z");
    await t.db.transaction(async (tx) => {
      await seedDemoOrganizations(tx, { tenantId: tenant.id, userIds, now });
      await seedDemoNews(tx, { tenantId: tenant.id, userIds, now });
    });
    const published = await listPublishedNews({ db: t.db, tenantId: tenant.id, pageSize: 50 });
    expect(published.total).toBe(4);
    expect(published.items.filter((i) => i.organization).map((i) => i.organization?.name)).toEqual([
      "Fundacja Oczami Brata",
      "Stowarzyszenie Wzajemnej Pomocy „AGAPE”",
    ]);
    const queue = await listModerationQueue({ db: t.db, tenantId: tenant.id, staffRoles: ["coordinator"] });
    expect(queue.pending.map((p) => p.title)).toEqual(["Warsztaty teatralne dla młodzieży — ruszają zapisy"]);
  });
});
