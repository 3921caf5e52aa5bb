import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";

/** Districts already used in the tenant, offered as suggestions in the form (each municipality has its own). */
export async function listDistricts(options: { db: Db; tenantId: string }): Promise<string[]> {
  const rows = await options.db
    .selectDistinct({ district: organizations.district })
    .from(organizations)
    .where(and(eq(organizations.tenantId, options.tenantId), isNotNull(organizations.district)));
  return rows
    .map((r) => r.district)
    .filter((d): d is string => Boolean(d))
    .sort((a, b) => a.localeCompare(b, "pl"));
}
