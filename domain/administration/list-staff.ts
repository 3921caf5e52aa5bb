import { asc, eq } from "drizzle-orm";
import type { StaffRole } from "../../platform/auth/session.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { staffRoles, users } from "../../platform/db/schema/identity";
import { departments } from "../../platform/db/schema/tenancy";

export interface StaffMember {
  userId: string;
  name: string;
  email: string;
  totpEnabled: boolean;
  roles: { id: string; role: StaffRole; departmentName: string | null }[];
}

/** Everyone holding a staff role in the tenant, by name, with their roles. */
export async function listStaff(db: DbOrTx, tenantId: string): Promise<StaffMember[]> {
  const rows = await db
    .select({
      roleId: staffRoles.id,
      role: staffRoles.role,
      userId: users.id,
      name: users.name,
      email: users.email,
      totpEnabledAt: users.totpEnabledAt,
      departmentName: departments.name,
    })
    .from(staffRoles)
    .innerJoin(users, eq(users.id, staffRoles.userId))
    .leftJoin(departments, eq(departments.id, staffRoles.departmentId))
    .where(eq(staffRoles.tenantId, tenantId))
    .orderBy(asc(users.name), asc(users.email), asc(staffRoles.role), asc(departments.name));
  const byUser = new Map<string, StaffMember>();
  for (const row of rows) {
    let member = byUser.get(row.userId);
    if (!member) {
      member = {
        userId: row.userId,
        name: row.name,
        email: row.email,
        totpEnabled: row.totpEnabledAt !== null,
        roles: [],
      };
      byUser.set(row.userId, member);
    }
    member.roles.push({ id: row.roleId, role: row.role, departmentName: row.departmentName });
  }
  return [...byUser.values()];
}
