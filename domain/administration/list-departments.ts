import { and, asc, count, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { staffRoles } from "../../platform/db/schema/identity";
import { departments } from "../../platform/db/schema/tenancy";

export interface DepartmentSummary {
  id: string;
  code: string;
  name: string;
  officers: number;
}

/** The tenant's departments by code, with how many officers each has. */
export async function listDepartments(db: DbOrTx, tenantId: string): Promise<DepartmentSummary[]> {
  return db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      officers: count(staffRoles.id),
    })
    .from(departments)
    .leftJoin(staffRoles, and(eq(staffRoles.departmentId, departments.id), eq(staffRoles.role, "officer")))
    .where(eq(departments.tenantId, tenantId))
    .groupBy(departments.id)
    .orderBy(asc(departments.code));
}
