import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizationMembers } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { changeMemberRole } from "./change-member-role";
import { removeMember } from "./remove-member";
import {
  actorOf,
  auditOf,
  createTestOrganization,
  createTestTenant,
  createTestUser,
  expectAppError,
} from "./testing/factories";

describe("changeMemberRole and removeMember", () => {
  const t = useTestDatabase();

  async function setup() {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const organizationId = await createTestOrganization(t.db, { tenantId: tenant.id, owner });
    const add = async (role: "owner" | "editor" | "viewer") => {
      const user = await createTestUser(t.db);
      await t.db.insert(organizationMembers).values({ organizationId, userId: user.id, role });
      return user;
    };
    const change = (
      who: { id: string; email: string },
      userId: string,
      role: "owner" | "editor" | "viewer",
    ) =>
      changeMemberRole({ db: t.db, tenantId: tenant.id, actor: actorOf(who), organizationId, userId, role });
    const remove = (who: { id: string; email: string }, userId: string) =>
      removeMember({ db: t.db, tenantId: tenant.id, actor: actorOf(who), organizationId, userId });
    const roleOf = async (userId: string) =>
      (
        await t.db
          .select()
          .from(organizationMembers)
          .where(
            and(
              eq(organizationMembers.organizationId, organizationId),
              eq(organizationMembers.userId, userId),
            ),
          )
      )[0]?.role ?? null;
    return { owner, organizationId, add, change, remove, roleOf };
  }

  it("lets an owner change a role, audited with before and after", async () => {
    const { owner, organizationId, add, change, roleOf } = await setup();
    const viewer = await add("viewer");
    await change(owner, viewer.id, "editor");
    expect(await roleOf(viewer.id)).toBe("editor");
    expect((await auditOf(t.db, organizationId)).at(-1)).toMatchObject({
      action: "organization.memberRoleChanged",
      before: { role: "viewer" },
      after: { role: "editor" },
    });
  });

  it("never leaves the organisation without an owner", async () => {
    const { owner, add, change, remove, roleOf } = await setup();
    await expectAppError(change(owner, owner.id, "editor"), "CONFLICT", "org.error.lastOwner");
    await expectAppError(remove(owner, owner.id), "CONFLICT", "org.error.lastOwner");
    const second = await add("owner");
    await change(owner, owner.id, "viewer");
    expect(await roleOf(owner.id)).toBe("viewer");
    await expectAppError(remove(second, second.id), "CONFLICT", "org.error.lastOwner");
  });

  it("lets members leave but only owners remove others", async () => {
    const { owner, add, remove, change, roleOf } = await setup();
    const editor = await add("editor");
    const viewer = await add("viewer");
    await expectAppError(remove(editor, viewer.id), "FORBIDDEN");
    await expectAppError(change(editor, viewer.id, "owner"), "FORBIDDEN");
    await remove(viewer, viewer.id);
    expect(await roleOf(viewer.id)).toBeNull();
    await remove(owner, editor.id);
    expect(await roleOf(editor.id)).toBeNull();
    await expectAppError(remove(owner, editor.id), "NOT_FOUND");
  });

  it("treats another organisation's member and malformed ids as not found", async () => {
    const a = await setup();
    const b = await setup();
    await expectAppError(a.change(a.owner, b.owner.id, "viewer"), "NOT_FOUND");
    await expectAppError(a.remove(a.owner, "x'; drop table users; --"), "NOT_FOUND");
  });
});
