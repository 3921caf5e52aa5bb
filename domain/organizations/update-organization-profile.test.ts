import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import {
  actorOf,
  auditOf,
  buildOrganizationProfile,
  createTestOrganization,
  createTestTenant,
  createTestUser,
  expectAppError,
  testClock,
} from "./testing/factories";
import { updateOrganizationProfile } from "./update-organization-profile";

describe("updateOrganizationProfile", () => {
  const t = useTestDatabase();

  async function setup(status: "pending" | "verified" | "rejected" = "verified") {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const profile = buildOrganizationProfile();
    const organizationId = await createTestOrganization(t.db, {
      tenantId: tenant.id,
      owner,
      status,
      profile,
    });
    const update = (
      who: { id: string; email: string },
      changes: Partial<typeof profile>,
      id = organizationId,
    ) =>
      updateOrganizationProfile({
        db: t.db,
        tenantId: tenant.id,
        actor: actorOf(who),
        clock: testClock(),
        organizationId: id,
        profile: { ...profile, ...changes },
      });
    const addMember = async (role: "editor" | "viewer") => {
      const user = await createTestUser(t.db);
      await t.db.insert(organizationMembers).values({ organizationId, userId: user.id, role });
      return user;
    };
    return { tenant, owner, profile, organizationId, update, addMember };
  }

  it("lets an editor change the profile and audits only the changed fields, before and after", async () => {
    const { organizationId, update, addMember, profile } = await setup();
    const editor = await addMember("editor");
    const result = await update(editor, { phone: "+48 34 370 70 00", description: "Nowy opis." });
    expect(result).toEqual({ changed: ["phone", "description"], resubmitted: false });
    const last = (await auditOf(t.db, organizationId)).at(-1);
    expect(last).toMatchObject({
      action: "organization.profileUpdated",
      actorUserId: editor.id,
      before: { phone: null, description: profile.description },
      after: { phone: "+48 34 370 70 00", description: "Nowy opis." },
    });
  });

  it("writes nothing when nothing changed", async () => {
    const { organizationId, update, owner } = await setup();
    const before = (await auditOf(t.db, organizationId)).length;
    expect(await update(owner, {})).toEqual({ changed: [], resubmitted: false });
    expect(await auditOf(t.db, organizationId)).toHaveLength(before);
  });

  it("refuses viewers and strangers, and hides other tenants' and malformed ids", async () => {
    const { update, addMember, owner } = await setup();
    await expectAppError(update(await addMember("viewer"), { description: "x" }), "FORBIDDEN");
    await expectAppError(update(await createTestUser(t.db), { description: "x" }), "FORBIDDEN");
    const other = await setup();
    await expectAppError(update(owner, { description: "x" }, other.organizationId), "NOT_FOUND");
    await expectAppError(update(owner, { description: "x" }, "1 or 1=1"), "NOT_FOUND");
  });

  it("sends a corrected rejected registration back to verification", async () => {
    const { organizationId, update, owner } = await setup("rejected");
    expect(await update(owner, { description: "Poprawione dane." })).toMatchObject({ resubmitted: true });
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, organizationId));
    expect(org).toMatchObject({ status: "pending", rejectionReason: null });
  });

  it("refuses taking another organisation's NIP", async () => {
    const { tenant, update, owner } = await setup();
    const otherProfile = buildOrganizationProfile();
    await createTestOrganization(t.db, { tenantId: tenant.id, owner, profile: otherProfile });
    const error = await expectAppError(update(owner, { nip: otherProfile.nip }), "CONFLICT");
    expect(error.fieldErrors).toEqual({ nip: ["org.error.duplicateNip"] });
  });
});
