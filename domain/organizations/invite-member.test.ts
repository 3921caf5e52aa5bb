import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { hashToken } from "../../platform/auth/tokens.server";
import { organizationInvitations, organizationMembers } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { inviteMember } from "./invite-member";
import { INVITATION_TTL_DAYS } from "./rules";
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

describe("inviteMember", () => {
  const t = useTestDatabase();

  async function setup() {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const organizationId = await createTestOrganization(t.db, {
      tenantId: tenant.id,
      owner,
      status: "verified",
    });
    const invite = (
      who: { id: string; email: string },
      email: string,
      role: "owner" | "editor" | "viewer" = "editor",
    ) =>
      inviteMember({
        db: t.db,
        tenantId: tenant.id,
        actor: actorOf(who),
        clock: testClock(),
        appUrl: TEST_APP_URL,
        organizationId,
        email,
        role,
      });
    return { tenant, owner, organizationId, invite };
  }

  it("stores only the token's hash, expires in 14 days, mails the link and audits", async () => {
    const { owner, organizationId, invite } = await setup();
    const { token, invitationId } = await invite(owner, "  Kolega@Example.PL ");
    const [row] = await t.db
      .select()
      .from(organizationInvitations)
      .where(eq(organizationInvitations.id, invitationId));
    expect(row).toMatchObject({ email: "kolega@example.pl", role: "editor", tokenHash: hashToken(token) });
    expect(JSON.stringify(row)).not.toContain(token);
    const days = ((row?.expiresAt.getTime() ?? 0) - testClock().now().getTime()) / 86_400_000;
    expect(days).toBe(INVITATION_TTL_DAYS);
    const [mail] = await mailTo(t.db, "kolega@example.pl");
    expect(mail?.text).toContain(`${TEST_APP_URL}/zaproszenie/${token}`);
    expect(mail?.html).toContain(`${TEST_APP_URL}/zaproszenie/${token}`);
    expect((await auditOf(t.db, organizationId)).at(-1)).toMatchObject({
      action: "organization.memberInvited",
      after: { email: "kolega@example.pl", role: "editor" },
    });
  });

  it("lets only owners invite", async () => {
    const { organizationId, invite } = await setup();
    const editor = await createTestUser(t.db);
    await t.db.insert(organizationMembers).values({ organizationId, userId: editor.id, role: "editor" });
    await expectAppError(invite(editor, "ktos@example.pl"), "FORBIDDEN");
    await expectAppError(invite(await createTestUser(t.db), "ktos@example.pl"), "FORBIDDEN");
  });

  it("refuses inviting a member, a bad address and an unknown role", async () => {
    const { owner, invite } = await setup();
    expect((await expectAppError(invite(owner, owner.email.toUpperCase()), "CONFLICT")).fieldErrors).toEqual({
      email: ["org.error.alreadyMember"],
    });
    expect((await expectAppError(invite(owner, "nie-adres"), "VALIDATION")).fieldErrors.email).toBeDefined();
    const bad = await expectAppError(invite(owner, "a@example.pl", "admin" as "owner"), "VALIDATION");
    expect(bad.fieldErrors.role).toEqual(["form.invalidChoice"]);
  });
});
