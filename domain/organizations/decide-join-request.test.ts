import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizationJoinRequests, organizationMembers } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { decideJoinRequest } from "./decide-join-request";
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

describe("decideJoinRequest", () => {
  const t = useTestDatabase();

  async function setup() {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const person = await createTestUser(t.db);
    const organizationId = await createTestOrganization(t.db, { tenantId: tenant.id, owner });
    const common = {
      db: t.db,
      tenantId: tenant.id,
      clock: testClock(),
      appUrl: TEST_APP_URL,
      organizationId,
    };
    const { requestId } = await requestToJoin({ ...common, actor: actorOf(person), message: "" });
    const decide = (
      who: { id: string; email: string },
      decision: "accept" | "reject",
      id = requestId,
      role: "owner" | "editor" | "viewer" = "editor",
    ) => decideJoinRequest({ ...common, actor: actorOf(who), requestId: id, decision, role });
    return { tenant, owner, person, organizationId, requestId, decide };
  }

  async function roleOf(organizationId: string, userId: string) {
    const [row] = await t.db
      .select()
      .from(organizationMembers)
      .where(
        and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)),
      );
    return row?.role ?? null;
  }

  it("accepts with a role: the person becomes a member, is told, and it is audited", async () => {
    const { owner, person, organizationId, requestId, decide } = await setup();
    await decide(owner, "accept");
    expect(await roleOf(organizationId, person.id)).toBe("editor");
    const [row] = await t.db
      .select()
      .from(organizationJoinRequests)
      .where(eq(organizationJoinRequests.id, requestId));
    expect(row).toMatchObject({ status: "accepted", decidedBy: owner.id });
    expect((await auditOf(t.db, organizationId)).at(-1)?.action).toBe("organization.joinRequestAccepted");
    expect((await mailTo(t.db, person.email)).map((m) => m.template)).toContain(
      "organizations.join-request-decided",
    );
    await expectAppError(decide(owner, "reject"), "CONFLICT", "org.error.alreadyDecided");
  });

  it("declines without making the person a member", async () => {
    const { owner, person, organizationId, decide } = await setup();
    await decide(owner, "reject");
    expect(await roleOf(organizationId, person.id)).toBeNull();
  });

  it("lets only owners decide, and only requests of their own organisation", async () => {
    const a = await setup();
    const b = await setup();
    await expectAppError(a.decide(a.person, "accept"), "FORBIDDEN");
    await expectAppError(a.decide(a.owner, "accept", b.requestId), "NOT_FOUND");
    await expectAppError(a.decide(a.owner, "accept", "nope"), "NOT_FOUND");
  });
});
