import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import type { StaffRoleName } from "./policy";
import {
  actorOf,
  auditOf,
  createTestOrganization,
  createTestTenant,
  createTestUser,
  expectAppError,
  mailTo,
  TEST_APP_URL,
  testClock,
} from "./testing/factories";
import { verifyOrganization } from "./verify-organization";

describe("verifyOrganization", () => {
  const t = useTestDatabase();

  async function setup(status: "pending" | "verified" | "rejected" = "pending") {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const coordinator = await createTestUser(t.db);
    const organizationId = await createTestOrganization(t.db, { tenantId: tenant.id, owner, status });
    const verify = (staffRoles: StaffRoleName[], id = organizationId, tenantId = tenant.id) =>
      verifyOrganization({
        db: t.db,
        tenantId,
        actor: actorOf(coordinator),
        staffRoles,
        clock: testClock(),
        appUrl: TEST_APP_URL,
        organizationId: id,
      });
    return { tenant, owner, coordinator, organizationId, verify };
  }

  it("verifies a pending registration, audits it and tells the owner", async () => {
    const { organizationId, verify, owner, coordinator } = await setup();
    await verify(["coordinator"]);
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, organizationId));
    expect(org?.status).toBe("verified");
    expect(org?.verifiedAt?.toISOString()).toBe("2026-03-02T09:00:00.000Z");
    const last = (await auditOf(t.db, organizationId)).at(-1);
    expect(last).toMatchObject({
      action: "organization.verified",
      actorUserId: coordinator.id,
      before: { status: "pending" },
    });
    const mails = await mailTo(t.db, owner.email);
    expect(mails.map((m) => m.template)).toContain("organizations.verified");
  });

  it("lets an admin verify a rejected registration too", async () => {
    const { verify } = await setup("rejected");
    await expect(verify(["admin"])).resolves.toBeUndefined();
  });

  it("refuses officers and people without a staff role", async () => {
    const { verify } = await setup();
    await expectAppError(verify(["officer"]), "FORBIDDEN");
    await expectAppError(verify([]), "FORBIDDEN");
  });

  it("refuses verifying twice", async () => {
    const { verify } = await setup();
    await verify(["coordinator"]);
    await expectAppError(verify(["coordinator"]), "CONFLICT", "org.error.alreadyDecided");
  });

  it("does not reach another tenant's organisation", async () => {
    const a = await setup();
    const b = await setup();
    await expectAppError(a.verify(["coordinator"], b.organizationId), "NOT_FOUND");
    await expectAppError(a.verify(["coordinator"], "not-a-uuid"), "NOT_FOUND");
  });
});
