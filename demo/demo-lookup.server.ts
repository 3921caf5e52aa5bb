import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../platform/db/client.server";
import { organizations } from "../platform/db/schema/organizations";

/** The demo organisations' ids by name (those of `names` that exist in the tenant). */
export async function demoOrganizationIdsByName(
  tx: Tx,
  tenantId: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.tenantId, tenantId), inArray(organizations.name, [...names])));
  return new Map(rows.map((r) => [r.name, r.id]));
}
