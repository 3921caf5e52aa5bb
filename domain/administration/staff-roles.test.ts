import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../platform/db/schema/audit";
import { staffRoles } from "../../platform/db/schema/identity";
import { useTestDatabase } from "../../test/db";
import { GrantStaffRoleSchema, grantStaffRole } from "./grant-staff-role";
import { revokeStaffRole } from "./revoke-staff-role";
import { buildDepartment, buildStaff, buildTenant, buildUser } from "./test-fixtures";

describe("granting and revoking staff roles", () => {
  const t = useTestDatabase();

  it("grants an officer role in a department and audits it", async () => {
    const tenant = await buildTenant(t.db);
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const department = await buildDepartment(t.db, tenant.id, "WPS");
    const person = await buildUser(t.db);
    const { roleId } = await grantStaffRole({
      db: t.db,
      tenantId: tenant.id,
      actor,
      input: { email: person.email, role: "officer", departmentId: department.id },
    });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, roleId));
    expect(audit?.action).toBe("staff_role.granted");
    expect(audit?.actorLabel).toBe(actor.label);
    expect(audit?.after).toEqual({ user: person.email, role: "officer", department: "WPS" });
  });

  it("refuses an unknown account, a held role and another tenant's department", async () => {
    const tenant = await buildTenant(t.db);
    const other = await buildTenant(t.db);
    const { actor, user } = await buildStaff(t.db, tenant.id, "admin");
    const foreign = await buildDepartment(t.db, other.id);
    const grant = (input: Parameters<typeof grantStaffRole>[0]["input"]) =>
      grantStaffRole({ db: t.db, tenantId: tenant.id, actor, input });
    await expect(
      grant({ email: "nikt@example.pl", role: "admin", departmentId: null }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { email: ["admin.roles.noSuchUser"] },
    });
    await expect(grant({ email: user.email, role: "admin", departmentId: null })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      grant({ email: user.email, role: "officer", departmentId: foreign.id }),
    ).rejects.toMatchObject({
      fieldErrors: { departmentId: ["admin.roles.noSuchDepartment"] },
    });
  });

  it("asks for a department for officers and refuses unknown roles in the form", () => {
    const base = { email: "a@b.pl", departmentId: "" };
    expect(GrantStaffRoleSchema.safeParse({ ...base, role: "officer" }).error?.issues[0]?.message).toBe(
      "admin.roles.departmentRequired",
    );
    expect(GrantStaffRoleSchema.safeParse({ ...base, role: "superuser" }).success).toBe(false);
    expect(GrantStaffRoleSchema.safeParse({ ...base, role: "admin", departmentId: "1 or 1=1" }).success).toBe(
      false,
    );
  });

  it("revokes a role and audits what was removed", async () => {
    const tenant = await buildTenant(t.db);
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const coordinator = await buildStaff(t.db, tenant.id, "coordinator");
    await revokeStaffRole({ db: t.db, tenantId: tenant.id, actor, roleId: coordinator.role.id });
    expect(await t.db.select().from(staffRoles).where(eq(staffRoles.id, coordinator.role.id))).toHaveLength(
      0,
    );
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, coordinator.role.id), eq(auditLog.action, "staff_role.revoked")));
    expect(audit?.before).toMatchObject({ user: coordinator.user.email, role: "coordinator" });
  });

  it("never removes the last administrator of a tenant", async () => {
    const tenant = await buildTenant(t.db);
    const admin = await buildStaff(t.db, tenant.id, "admin");
    await expect(
      revokeStaffRole({ db: t.db, tenantId: tenant.id, actor: admin.actor, roleId: admin.role.id }),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "admin.roles.lastAdmin" });
    // Another tenant's administrators do not count.
    const other = await buildTenant(t.db);
    await buildStaff(t.db, other.id, "admin");
    await expect(
      revokeStaffRole({ db: t.db, tenantId: tenant.id, actor: admin.actor, roleId: admin.role.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets only one of two administrators removing each other at once succeed", async () => {
    const tenant = await buildTenant(t.db);
    const a = await buildStaff(t.db, tenant.id, "admin");
    const b = await buildStaff(t.db, tenant.id, "admin");
    const results = await Promise.allSettled([
      revokeStaffRole({ db: t.db, tenantId: tenant.id, actor: a.actor, roleId: b.role.id }),
      revokeStaffRole({ db: t.db, tenantId: tenant.id, actor: b.actor, roleId: a.role.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const admins = await t.db
      .select()
      .from(staffRoles)
      .where(and(eq(staffRoles.tenantId, tenant.id), eq(staffRoles.role, "admin")));
    expect(admins).toHaveLength(1);
  });

  it("treats another tenant's role id or a forged id as not found", async () => {
    const tenant = await buildTenant(t.db);
    const other = await buildTenant(t.db);
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const foreign = await buildStaff(t.db, other.id, "coordinator");
    await expect(
      revokeStaffRole({ db: t.db, tenantId: tenant.id, actor, roleId: foreign.role.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      revokeStaffRole({ db: t.db, tenantId: tenant.id, actor, roleId: "x' or 1=1" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
