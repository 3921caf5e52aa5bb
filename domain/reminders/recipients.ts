import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { staffRoles, users } from "../../platform/db/schema/identity";

/** The office's people to tell about a contract: the officers of its department and the coordinators. */
export async function officeRecipients(db: DbOrTx, tenantId: string, departmentId: string) {
  const holders = db
    .select({ userId: staffRoles.userId })
    .from(staffRoles)
    .where(
      and(
        eq(staffRoles.tenantId, tenantId),
        or(
          eq(staffRoles.role, "coordinator"),
          and(eq(staffRoles.role, "officer"), eq(staffRoles.departmentId, departmentId)),
        ),
      ),
    );
  const rows = await db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(users.id, holders))
    .orderBy(asc(users.email));
  return rows.map((r) => ({ email: r.email, locale: r.locale === "en" ? ("en" as const) : ("pl" as const) }));
}
