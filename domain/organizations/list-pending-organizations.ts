import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { ORGANIZATION_STATUSES, type OrganizationStatus } from "./states";

/** Registrations waiting for verification, oldest first (the coordinator's queue). */
export async function listPendingOrganizations(options: { db: Db; tenantId: string; limit?: number }) {
  return options.db
    .select({ id: organizations.id, name: organizations.name, createdAt: organizations.createdAt })
    .from(organizations)
    .where(and(eq(organizations.tenantId, options.tenantId), eq(organizations.status, "pending")))
    .orderBy(asc(organizations.createdAt))
    .limit(options.limit ?? 10);
}

/** How many organisations of the tenant are in each status. */
export async function countOrganizationsByStatus(options: { db: Db; tenantId: string }) {
  const rows = await options.db
    .select({ status: organizations.status, n: count() })
    .from(organizations)
    .where(eq(organizations.tenantId, options.tenantId))
    .groupBy(organizations.status);
  const counts = Object.fromEntries(ORGANIZATION_STATUSES.map((s) => [s, 0])) as Record<
    OrganizationStatus,
    number
  >;
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}
