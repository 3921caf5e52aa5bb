import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.server";
import { tenants } from "../db/schema/tenancy";

export type Tenant = typeof tenants.$inferSelect;

/**
 * Finds the tenant a request belongs to: by host name first, then the configured default slug,
 * then the oldest tenant — so a single-municipality deployment needs no configuration.
 */
export async function resolveTenant(
  db: Db,
  host: string | null,
  defaultSlug?: string,
): Promise<Tenant | null> {
  const hostname = (host ?? "").split(":")[0]?.toLowerCase() ?? "";
  if (hostname) {
    const [byHost] = await db
      .select()
      .from(tenants)
      .where(sql`${hostname} = any(${tenants.hostnames})`)
      .limit(1);
    if (byHost) return byHost;
  }
  if (defaultSlug) {
    const [bySlug] = await db.select().from(tenants).where(eq(tenants.slug, defaultSlug)).limit(1);
    if (bySlug) return bySlug;
  }
  const [first] = await db.select().from(tenants).orderBy(asc(tenants.createdAt)).limit(1);
  return first ?? null;
}
