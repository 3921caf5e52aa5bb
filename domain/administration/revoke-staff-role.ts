import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { staffRoles, users } from "../../platform/db/schema/identity";
import { departments } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { z } from "../../platform/validation/zod-messages";
import { IdField } from "./fields";

/** The "revoke" button: the id of one role row. */
export const RevokeStaffRoleSchema = z.object({ roleId: IdField });

/**
 * Revokes one staff role in the tenant; audited. The last administrator of a tenant cannot be
 * removed, or nobody could manage it any more. Every administrator row of the tenant is locked
 * first, so two administrators removing each other at the same moment cannot both succeed.
 */
export async function revokeStaffRole(options: {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  roleId: string;
}): Promise<void> {
  const { tenantId, actor, roleId } = options;
  if (!IdField.safeParse(roleId).success) throw new AppError("NOT_FOUND", "error.notFound");
  await options.db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: staffRoles.id })
      .from(staffRoles)
      .where(and(eq(staffRoles.tenantId, tenantId), eq(staffRoles.role, "admin")))
      .for("update");
    const [row] = await tx
      .select({
        id: staffRoles.id,
        role: staffRoles.role,
        email: users.email,
        department: departments.code,
      })
      .from(staffRoles)
      .innerJoin(users, eq(users.id, staffRoles.userId))
      .leftJoin(departments, eq(departments.id, staffRoles.departmentId))
      .where(and(eq(staffRoles.id, roleId), eq(staffRoles.tenantId, tenantId)))
      .limit(1);
    if (!row) throw new AppError("NOT_FOUND", "error.notFound");
    if (row.role === "admin" && admins.length <= 1) {
      throw new AppError("CONFLICT", "admin.roles.lastAdmin");
    }
    await tx.delete(staffRoles).where(eq(staffRoles.id, row.id));
    await writeAudit(tx, {
      tenantId,
      actor,
      entityType: "staff_role",
      entityId: row.id,
      action: "staff_role.revoked",
      before: { user: row.email, role: row.role, department: row.department ?? null },
    });
  });
}
