import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizationJoinRequests } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { requestToJoin } from "./request-to-join";
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

describe("requestToJoin", () => {
  const t = useTestDatabase();

  async function setup() {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const person = await createTestUser(t.db);
    const organizationId = await createTestOrganization(t.db, {
      tenantId: tenant.id,
      owner,
      status: "verified",
    });
    const ask = (
      who: { id: string; email: string },
      id: string = organizationId,
      message = "Jestem skarbnikiem.",
    ) =>
      requestToJoin({
        db: t.db,
        tenantId: tenant.id,
        actor: actorOf(who),
        clock: testClock(),
        appUrl: TEST_APP_URL,
        organizationId: id,
        message,
      });
    return { owner, person, organizationId, ask };
  }

  it("records the request, audits it and tells the owners", async () => {
    const { owner, person, organizationId, ask } = await setup();
    const { requestId } = await ask(person);
    const [row] = await t.db
      .select()
      .from(organizationJoinRequests)
      .where(eq(organizationJoinRequests.id, requestId));
    expect(row).toMatchObject({ userId: person.id, status: "pending", message: "Jestem skarbnikiem." });
    expect((await auditOf(t.db, organizationId)).at(-1)?.action).toBe("organization.joinRequested");
    const [mail] = (await mailTo(t.db, owner.email)).filter(
      (m) => m.template === "organizations.join-request",
    );
    expect(mail?.text).toContain(person.email);
    expect(mail?.text).toContain(`/panel/organizacje/${organizationId}/czlonkowie`);
  });

  it("refuses a second pending request and a member's request", async () => {
    const { owner, person, ask } = await setup();
    await ask(person);
    await expectAppError(ask(person), "CONFLICT", "org.error.joinRequestPending");
    await expectAppError(ask(owner), "CONFLICT", "org.error.alreadyMember");
  });

  it("does not reach another tenant's organisation or a malformed id", async () => {
    const a = await setup();
    const b = await setup();
    await expectAppError(a.ask(a.person, b.organizationId), "NOT_FOUND");
    await expectAppError(a.ask(a.person, "../../etc"), "NOT_FOUND");
  });

  it("refuses markup in the message next to the field", async () => {
    const { person, organizationId, ask } = await setup();
    const error = await expectAppError(
      ask(person, organizationId, "<img src=x onerror=alert(1)>"),
      "VALIDATION",
    );
    expect(error.fieldErrors).toEqual({ message: ["org.error.plainText"] });
  });
});
