import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { staffRoles, users } from "../../platform/db/schema/identity";
import { departments } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { z } from "../../platform/validation/zod-messages";
import { EmailField, OptionalIdField, requireDepartmentForOfficer, StaffRoleField } from "./fields";

/** The "grant a role" form: an existing account, a role and (for officers) the department. */
export const GrantStaffRoleSchema = z
  .object({ email: EmailField, role: StaffRoleField, departmentId: OptionalIdField })
  .superRefine(requireDepartmentForOfficer);
export type GrantStaffRoleInput = z.infer<typeof GrantStaffRoleSchema>;

type StaffRole = GrantStaffRoleInput["role"];

/** Grants a staff role in the tenant to the account with this e-mail; audited. */
export async function grantStaffRole(options: {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  input: GrantStaffRoleInput;
}): Promise<{ roleId: string; userId: string }> {
  const { tenantId, actor, input } = options;
  return options.db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.email, input.email))
      .limit(1);
    if (!user) {
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: { email: ["admin.roles.noSuchUser"] },
      });
    }
    const roleId = await grantRoleToUser(tx, {
      tenantId,
      actor,
      user,
      role: input.role,
      departmentId: input.departmentId,
    });
    return { roleId, userId: user.id };
  });
}

/**
 * Inserts the role row and its audit entry inside the caller's transaction. The department must
 * belong to the tenant (another tenant's id is refused as unknown); only officers have one.
 */
export async function grantRoleToUser(
  tx: DbOrTx,
  options: {
    tenantId: string;
    actor: Actor;
    user: { id: string; email: string };
    role: StaffRole;
    departmentId: string | null;
  },
): Promise<string> {
  const { tenantId, actor, user, role } = options;
  let department: { id: string; code: string } | null = null;
  if (role === "officer" && options.departmentId) {
    const [found] = await tx
      .select({ id: departments.id, code: departments.code })
      .from(departments)
      .where(and(eq(departments.id, options.departmentId), eq(departments.tenantId, tenantId)))
      .limit(1);
    if (!found) {
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: { departmentId: ["admin.roles.noSuchDepartment"] },
      });
    }
    department = found;
  }
  const [row] = await tx
    .insert(staffRoles)
    .values({ tenantId, userId: user.id, role, departmentId: department?.id ?? null })
    .onConflictDoNothing()
    .returning({ id: staffRoles.id });
  if (!row) {
    throw new AppError("CONFLICT", "admin.roles.alreadyHeld", {
      fieldErrors: { role: ["admin.roles.alreadyHeld"] },
    });
  }
  await writeAudit(tx, {
    tenantId,
    actor,
    entityType: "staff_role",
    entityId: row.id,
    action: "staff_role.granted",
    after: { user: user.email, role, department: department?.code ?? null },
  });
  return row.id;
}
