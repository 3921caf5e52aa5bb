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
  const hostname = hostnameOf(host);
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

/** How long a resolved tenant is reused by this process before it is read again. */
export const TENANT_CACHE_TTL_MS = 30_000;

// Per database (tests open many in one process), by host name and default slug. Tenants change
// rarely; another node sees a change within the TTL, this process at once (forgetResolvedTenants).
let cache = new WeakMap<Db, Map<string, { tenant: Tenant; until: number }>>();

/**
 * resolveTenant with the answer kept in this process for TENANT_CACHE_TTL_MS: every request
 * resolves its tenant, which would otherwise cost one or two queries each time. "No tenant" is
 * never kept, so the first tenant created is found at once.
 */
export async function resolveTenantCached(
  db: Db,
  host: string | null,
  defaultSlug?: string,
  nowMs: number = Date.now(),
): Promise<Tenant | null> {
  let entries = cache.get(db);
  if (!entries) {
    entries = new Map();
    cache.set(db, entries);
  }
  const key = `${hostnameOf(host)}\n${defaultSlug ?? ""}`;
  const hit = entries.get(key);
  if (hit && hit.until > nowMs) return hit.tenant;
  const tenant = await resolveTenant(db, host, defaultSlug);
  if (tenant) {
    // A host header is the client's to choose: the map must not grow without bound.
    if (entries.size >= 1000) entries.clear();
    entries.set(key, { tenant, until: nowMs + TENANT_CACHE_TTL_MS });
  } else entries.delete(key);
  return tenant;
}

/** Drops every tenant this process keeps, after a change of a tenant (settings, host names). */
export function forgetResolvedTenants(): void {
  cache = new WeakMap();
}

function hostnameOf(host: string | null): string {
  return (host ?? "").split(":")[0]?.toLowerCase() ?? "";
}
