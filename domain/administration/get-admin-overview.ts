import { count, countDistinct, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { staffRoles } from "../../platform/db/schema/identity";
import { departments } from "../../platform/db/schema/tenancy";
import { countUndelivered } from "./list-outbox";

export interface AdminOverview {
  staff: number;
  departments: number;
  mail: { pending: number; failed: number };
}

/** The numbers on the administration dashboard. */
export async function getAdminOverview(
  db: DbOrTx,
  options: { tenantId: string; now: Date },
): Promise<AdminOverview> {
  const [staff] = await db
    .select({ n: countDistinct(staffRoles.userId) })
    .from(staffRoles)
    .where(eq(staffRoles.tenantId, options.tenantId));
  const [deps] = await db
    .select({ n: count() })
    .from(departments)
    .where(eq(departments.tenantId, options.tenantId));
  const mail = await countUndelivered(db, options);
  return { staff: staff?.n ?? 0, departments: deps?.n ?? 0, mail };
}
