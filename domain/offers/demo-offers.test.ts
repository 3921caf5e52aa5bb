import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedDemoCompetitions } from "../../demo/seed-competitions.server";
import { seedDemoOffers } from "../../demo/seed-offers.server";
import { seedDemoOrganizations } from "../../demo/seed-organizations.server";
import { offers, offerVersions } from "../../platform/db/schema/offers";
import { departments } from "../../platform/db/schema/tenancy";
import { useTestDatabase } from "../../test/db";
import { countOffersAfterDeadline } from "../competitions/count-offers-after-deadline";
import { listDepartmentCompetitions } from "../competitions/list-department-competitions";
import { createTestTenant, createTestUser } from "../organizations/testing/factories";
import { completenessIssues } from "./checks";
import { offerChecksum } from "./checksum.server";
import type { OfferDocument } from "./document";
import { listCompetitionOffers } from "./list-competition-offers";
import { readSections } from "./offer-content";

// Lives beside the domain because vitest only collects tests from app/, domain/, platform/, server/ and test/.
describe("demo offers", () => {
  const t = useTestDatabase();

  async function seedDemo(now: Date) {
    const tenant = await createTestTenant(t.db);
    const deps = await t.db
      .insert(departments)
      .values(
        ["WPS", "WKPS", "WE", "WZ"].map((code) => ({ tenantId: tenant.id, code, name: `Wydział ${code}` })),
      )
      .returning();
    const owner = await createTestUser(t.db);
    const editor = await createTestUser(t.db);
    const userIds = new Map([
      ["ngo@demo.pozytek.pl", owner.id],
      ["ngo-redaktor@demo.pozytek.pl", editor.id],
    ]);
    await t.db.transaction(async (tx) => {
      await seedDemoOrganizations(tx, { tenantId: tenant.id, userIds, now });
      await seedDemoCompetitions(tx, { tenantId: tenant.id, departments: deps, userIds, now });
      await seedDemoOffers(tx, { tenantId: tenant.id, userIds, now });
    });
    return { tenant, owner, editor };
  }

  it.each([
    ["in November", "2026-11-24T02:40:00Z"],
    ["in early January", "2027-01-03T10:00:00Z"],
  ])("are seeded %s: submitted ones whole and checksummed, drafts for the demo accounts", async (_, at) => {
    const now = new Date(at);
    const { tenant, owner, editor } = await seedDemo(now);

    const office = await listDepartmentCompetitions({
      db: t.db,
      tenantId: tenant.id,
      staffRoles: [{ role: "coordinator", departmentId: null }],
      query: { page: 1 },
    });
    const counted = new Map<string, number>();
    for (const c of office.items) {
      if (c.status === "draft") continue;
      const list = await listCompetitionOffers({
        db: t.db,
        tenantId: tenant.id,
        staffRoles: [{ role: "coordinator", departmentId: null }],
        competitionId: c.id,
      });
      counted.set(`${c.status}:${c.title.slice(0, 20)}`, list.totals.count);
      for (const row of list.offers) {
        expect(row.requestedGrant).toBeGreaterThan(0);
        expect(row.ownContribution).toBe(row.totalCost - row.requestedGrant);
      }
      if (c.status === "closed" || c.status === "in_evaluation" || c.status === "resolved") {
        expect(list.totals.count).toBeGreaterThanOrEqual(3);
        expect(list.totals.count).toBeLessThanOrEqual(5);
        const after = await countOffersAfterDeadline(t.db, { competitionIds: [c.id] });
        expect(after.get(c.id)).toBe(list.totals.count);
      }
    }
    const open = [...counted].filter(([k]) => k.startsWith("published:"));
    expect(open.reduce((s, [, n]) => s + n, 0)).toBeGreaterThanOrEqual(3);

    const versions = await t.db
      .select({ content: offerVersions.content, checksum: offerVersions.checksum })
      .from(offerVersions)
      .innerJoin(offers, eq(offers.id, offerVersions.offerId))
      .where(eq(offers.tenantId, tenant.id));
    // 12 in the calls of this year, 5 in last year's resolved ecological-education call.
    expect(versions.length).toBe(17);
    let joint = 0;
    for (const v of versions) {
      const doc = v.content as unknown as OfferDocument;
      expect(v.checksum).toBe(offerChecksum(doc));
      const s = doc.sections.costs.sources;
      expect(s.grant + s.financial + s.personal + s.inKind).toBe(doc.calculation.total);
      expect(doc.calculation.unallocated).toBe(0);
      if (doc.offerors.length > 1) {
        joint++;
        expect(doc.calculation.splitSum).toBe(doc.calculation.total);
      }
      expect(doc.attachments.length).toBeGreaterThan(0);
    }
    expect(joint).toBe(1);

    const drafts = await t.db
      .select()
      .from(offers)
      .where(and(eq(offers.tenantId, tenant.id), eq(offers.status, "draft")));
    expect(drafts.map((d) => d.createdBy).sort()).toEqual([owner.id, editor.id].sort());
    const oczami = drafts.find((d) => d.createdBy === owner.id);
    if (!oczami) throw new Error("no draft of the demo owner");
    const { sections } = await readSections(t.db, oczami.id);
    expect(sections.task.title).not.toBe("");
    expect(completenessIssues(sections).length).toBeGreaterThan(0);
  });
});
