import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoOrganizationProfiles, seedDemoOrganizations } from "../../demo/seed-organizations.server";
import {
  organizationJoinRequests,
  organizationMembers,
  organizations,
} from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { createLocalKrsRegistry } from "./krs/local-krs-registry.server";
import { OrganizationProfileSchema } from "./schemas";
import { createTestTenant, createTestUser } from "./testing/factories";

// Lives beside the domain because vitest only collects tests from app/, domain/, platform/, server/ and test/.
describe("demo organisations", () => {
  const t = useTestDatabase();
  const demo = demoOrganizationProfiles();

  it("are about forty, mostly verified, with a few pending, one rejected and some OPP", () => {
    expect(demo.length).toBeGreaterThanOrEqual(38);
    const count = (s: string) => demo.filter((d) => d.status === s).length;
    expect(count("pending")).toBeGreaterThanOrEqual(2);
    expect(count("pending")).toBeLessThanOrEqual(3);
    expect(count("rejected")).toBe(1);
    expect(demo.filter((d) => d.profile.opp).length).toBeGreaterThanOrEqual(3);
    expect(new Set(demo.map((d) => d.profile.legalForm)).size).toBeGreaterThanOrEqual(8);
  });

  it("all pass the registration schema unchanged (identifiers computed to pass the checksums)", () => {
    for (const { profile } of demo) {
      const parsed = OrganizationProfileSchema.safeParse(profile);
      expect(parsed.success ? [] : parsed.error.issues, profile.name).toEqual([]);
      expect(parsed.success && parsed.data.nip).toBe(profile.nip);
    }
  });

  it("have unique KRS and NIP numbers", () => {
    const krs = demo.map((d) => d.profile.krs).filter(Boolean);
    const nip = demo.map((d) => d.profile.nip);
    expect(new Set(krs).size).toBe(krs.length);
    expect(new Set(nip).size).toBe(nip.length);
  });

  it("match the local KRS fixture for Fundacja Oczami Brata, so a second registration is a duplicate", async () => {
    const oczami = demo.find((d) => d.profile.name === "Fundacja Oczami Brata")?.profile;
    const lookup = await createLocalKrsRegistry().fetchCurrentExtract(String(oczami?.krs), "S");
    expect(lookup.kind === "found" && lookup.extract.odpis.dane.dzial1.danePodmiotu.identyfikatory).toEqual({
      nip: oczami?.nip,
      regon: `${oczami?.regon}00000`,
    });
  });

  it("seed into the database with the demo accounts' memberships", async () => {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db, { email: `ngo-${tenant.slug}@demo.pozytek.pl` });
    const editor = await createTestUser(t.db);
    const userIds = new Map([
      ["ngo@demo.pozytek.pl", owner.id],
      ["ngo-redaktor@demo.pozytek.pl", editor.id],
    ]);
    await t.db.transaction((tx) =>
      seedDemoOrganizations(tx, { tenantId: tenant.id, userIds, now: new Date() }),
    );
    const rows = await t.db.select().from(organizations).where(eq(organizations.tenantId, tenant.id));
    expect(rows).toHaveLength(demo.length);
    const byName = new Map(rows.map((r) => [r.name, r]));
    const memberships = await t.db.select().from(organizationMembers);
    expect(memberships).toContainEqual(
      expect.objectContaining({
        organizationId: byName.get("Fundacja Oczami Brata")?.id,
        userId: owner.id,
        role: "owner",
      }),
    );
    expect(memberships).toContainEqual(
      expect.objectContaining({
        organizationId: byName.get("Stowarzyszenie Wzajemnej Pomocy „AGAPE”")?.id,
        userId: editor.id,
        role: "editor",
      }),
    );
    expect(await t.db.select().from(organizationJoinRequests)).toHaveLength(1);
  });
});
