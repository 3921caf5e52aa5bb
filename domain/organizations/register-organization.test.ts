import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { registerOrganization } from "./register-organization";
import {
  actorOf,
  auditOf,
  buildOrganizationProfile,
  createTestTenant,
  createTestUser,
  expectAppError,
  mailTo,
  TEST_APP_URL,
  testClock,
} from "./testing/factories";

describe("registerOrganization", () => {
  const t = useTestDatabase();

  async function setup() {
    const tenant = await createTestTenant(t.db, { settings: { coordinatorEmail: "ccop@example.pl" } });
    const user = await createTestUser(t.db);
    const register = (profile = buildOrganizationProfile(), who = user) =>
      registerOrganization({
        db: t.db,
        tenantId: tenant.id,
        actor: actorOf(who),
        clock: testClock(),
        appUrl: TEST_APP_URL,
        profile,
      });
    return { tenant, user, register };
  }

  it("creates a pending organisation owned by the person, audited, with mail to them and the coordinator", async () => {
    const { user, register } = await setup();
    const profile = buildOrganizationProfile({ nip: "123-456-32-18", krs: "612345" });
    const { organizationId } = await register(profile);
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, organizationId));
    expect(org).toMatchObject({
      status: "pending",
      nip: "1234563218",
      krs: "0000612345",
      createdBy: user.id,
    });
    const members = await t.db
      .select()
      .from(organizationMembers)
      .where(eq(organizationMembers.organizationId, organizationId));
    expect(members).toEqual([expect.objectContaining({ userId: user.id, role: "owner" })]);
    const audit = await auditOf(t.db, organizationId);
    expect(audit.map((a) => a.action)).toEqual(["organization.registered"]);
    expect(audit[0]?.actorUserId).toBe(user.id);
    expect((await mailTo(t.db, user.email))[0]?.text).toContain(
      `${TEST_APP_URL}/panel/organizacje/${organizationId}`,
    );
    expect((await mailTo(t.db, "ccop@example.pl"))[0]?.text).toContain(
      `/urzad/organizacje/${organizationId}`,
    );
  });

  it("refuses a duplicate KRS or NIP in the same tenant, naming the existing organisation", async () => {
    const { register } = await setup();
    const first = buildOrganizationProfile();
    const { organizationId } = await register(first);
    const byKrs = await expectAppError(
      register(buildOrganizationProfile({ krs: first.krs })),
      "CONFLICT",
      "org.error.duplicate",
    );
    expect(byKrs.details.existingOrganizationId).toBe(organizationId);
    expect(byKrs.fieldErrors).toEqual({ krs: ["org.error.duplicateKrs"] });
    const byNip = await expectAppError(register(buildOrganizationProfile({ nip: first.nip })), "CONFLICT");
    expect(byNip.fieldErrors).toEqual({ nip: ["org.error.duplicateNip"] });
  });

  it("allows the same organisation in another tenant", async () => {
    const a = await setup();
    const b = await setup();
    const profile = buildOrganizationProfile();
    await a.register(profile);
    await expect(b.register(profile)).resolves.toHaveProperty("organizationId");
  });

  it("lets only one of two simultaneous registrations through", async () => {
    const { register } = await setup();
    const profile = buildOrganizationProfile();
    const results = await Promise.allSettled([register(profile), register(profile)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason.code).toBe("CONFLICT");
  });

  it("validates again: a wrong NIP never reaches the database", async () => {
    const { register } = await setup();
    const error = await expectAppError(
      register(buildOrganizationProfile({ nip: "1234563217" })),
      "VALIDATION",
    );
    expect(error.fieldErrors.nip).toEqual(["org.error.nipChecksum"]);
  });

  it("requires a logged-in person", async () => {
    const { tenant } = await setup();
    await expectAppError(
      registerOrganization({
        db: t.db,
        tenantId: tenant.id,
        actor: { userId: null, label: "anonymous", ip: null },
        clock: testClock(),
        appUrl: TEST_APP_URL,
        profile: buildOrganizationProfile(),
      }),
      "UNAUTHENTICATED",
    );
  });
});
