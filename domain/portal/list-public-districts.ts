import { and, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { isPublicIn } from "./public-organization";

/** Districts where the tenant's public organisations have their seat, for the search filter (Polish order). */
export async function listPublicDistricts(options: { db: DbOrTx; tenantId: string }): Promise<string[]> {
  const rows = await options.db
    .selectDistinct({ district: organizations.district })
    .from(organizations)
    .where(and(isPublicIn(options.tenantId), isNotNull(organizations.district)));
  return rows
    .map((r) => r.district)
    .filter((d): d is string => Boolean(d))
    .sort((a, b) => a.localeCompare(b, "pl"));
}
