import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import type { StaffRoleName } from "./policy";
import { rejectOrganization } from "./reject-organization";
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

describe("rejectOrganization", () => {
  const t = useTestDatabase();

  async function setup(status: "pending" | "verified" = "pending") {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const coordinator = await createTestUser(t.db);
    const organizationId = await createTestOrganization(t.db, { tenantId: tenant.id, owner, status });
    const reject = (reason: string, staffRoles: StaffRoleName[] = ["coordinator"]) =>
      rejectOrganization({
        db: t.db,
        tenantId: tenant.id,
        actor: actorOf(coordinator),
        staffRoles,
        clock: testClock(),
        appUrl: TEST_APP_URL,
        organizationId,
        reason,
      });
    return { owner, organizationId, reject };
  }

  it("rejects with a reason, audits it and mails the reason to the owner", async () => {
    const { organizationId, reject, owner } = await setup();
    await reject("Numer KRS należy do innej organizacji.");
    const [org] = await t.db.select().from(organizations).where(eq(organizations.id, organizationId));
    expect(org).toMatchObject({
      status: "rejected",
      rejectionReason: "Numer KRS należy do innej organizacji.",
    });
    expect((await auditOf(t.db, organizationId)).at(-1)).toMatchObject({
      action: "organization.rejected",
      after: { status: "rejected", rejectionReason: "Numer KRS należy do innej organizacji." },
    });
    const mail = (await mailTo(t.db, owner.email)).find((m) => m.template === "organizations.rejected");
    expect(mail?.text).toContain("Numer KRS należy do innej organizacji.");
    expect(mail?.text).toContain(`/panel/organizacje/${organizationId}/edytuj`);
  });

  it("requires a reason without markup", async () => {
    const { reject } = await setup();
    expect((await expectAppError(reject("   "), "VALIDATION")).fieldErrors.reason).toEqual([
      'form.tooShort|{"min":10}',
    ]);
    expect(
      (await expectAppError(reject("<script>alert(1)</script>"), "VALIDATION")).fieldErrors.reason,
    ).toEqual(["org.error.plainText"]);
  });

  it("escapes the reason in the HTML mail", async () => {
    const { reject, owner } = await setup();
    await reject('Brak statutu & "podpisu" zarządu.');
    const mail = (await mailTo(t.db, owner.email)).find((m) => m.template === "organizations.rejected");
    expect(mail?.html).toContain("Brak statutu &amp; &quot;podpisu&quot; zarządu.");
  });

  it("refuses officers and a verified organisation", async () => {
    await expectAppError((await setup()).reject("Powód odrzucenia.", ["officer"]), "FORBIDDEN");
    await expectAppError((await setup("verified")).reject("Powód odrzucenia."), "CONFLICT");
  });
});
