import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizationJoinRequests, organizationMembers } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { acceptInvitation } from "./accept-invitation";
import { inviteMember } from "./invite-member";
import { requestToJoin } from "./request-to-join";
import { INVITATION_TTL_MS } from "./rules";
import {
  actorOf,
  auditOf,
  createTestOrganization,
  createTestTenant,
  createTestUser,
  expectAppError,
  TEST_APP_URL,
  testClock,
} from "./testing/factories";

describe("acceptInvitation", () => {
  const t = useTestDatabase();

  async function setup() {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const colleague = await createTestUser(t.db);
    const organizationId = await createTestOrganization(t.db, { tenantId: tenant.id, owner });
    const clock = testClock();
    const { token } = await inviteMember({
      db: t.db,
      tenantId: tenant.id,
      actor: actorOf(owner),
      clock,
      appUrl: TEST_APP_URL,
      organizationId,
      email: colleague.email.toUpperCase(),
      role: "editor",
    });
    const accept = (who: { id: string; email: string }, tokenValue = token, tenantId = tenant.id) =>
      acceptInvitation({ db: t.db, tenantId, actor: actorOf(who), clock, token: tokenValue });
    return { tenant, owner, colleague, organizationId, clock, token, accept };
  }

  it("makes the invited person a member with the invited role, once", async () => {
    const { colleague, organizationId, accept } = await setup();
    expect(await accept(colleague)).toEqual({ organizationId, role: "editor" });
    const [member] = await t.db
      .select()
      .from(organizationMembers)
      .where(
        and(
          eq(organizationMembers.organizationId, organizationId),
          eq(organizationMembers.userId, colleague.id),
        ),
      );
    expect(member?.role).toBe("editor");
    expect((await auditOf(t.db, organizationId)).at(-1)).toMatchObject({
      action: "organization.invitationAccepted",
      actorUserId: colleague.id,
    });
    await expectAppError(accept(colleague), "GONE", "org.error.invitationUsed");
  });

  it("settles the person's pending request to join the same organisation", async () => {
    const { tenant, colleague, organizationId, accept } = await setup();
    await requestToJoin({
      db: t.db,
      tenantId: tenant.id,
      actor: actorOf(colleague),
      clock: testClock(),
      appUrl: TEST_APP_URL,
      organizationId,
      message: "",
    });
    await accept(colleague);
    const requests = await t.db
      .select()
      .from(organizationJoinRequests)
      .where(eq(organizationJoinRequests.organizationId, organizationId));
    expect(requests.map((r) => r.status)).toEqual(["accepted"]);
  });

  it("refuses a person logged in with another e-mail address", async () => {
    const { accept } = await setup();
    await expectAppError(accept(await createTestUser(t.db)), "FORBIDDEN", "org.error.invitationOtherEmail");
  });

  it("refuses an expired link", async () => {
    const { colleague, clock, accept } = await setup();
    clock.advance(INVITATION_TTL_MS + 1);
    await expectAppError(accept(colleague), "GONE", "org.error.invitationExpired");
  });

  it("does not know a wrong token, a huge one or another tenant's", async () => {
    const { colleague, accept } = await setup();
    const other = await createTestTenant(t.db);
    await expectAppError(accept(colleague, "wrong"), "NOT_FOUND");
    await expectAppError(accept(colleague, "x".repeat(5000)), "NOT_FOUND");
    await expectAppError(accept(colleague, undefined, other.id), "NOT_FOUND");
  });
});
