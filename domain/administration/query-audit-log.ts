import { and, asc, desc, eq, gte, ilike, lt, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { auditLog } from "../../platform/db/schema/audit";
import { warsawLocalToInstant } from "../../platform/format/dates";
import { z } from "../../platform/validation/zod-messages";

/** Entries on one page of the audit log browser. */
export const AUDIT_PAGE_SIZE = 50;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || warsawLocalToInstant(`${v}T00:00`) !== null, "admin.audit.dateFormat");

/**
 * The filters, as GET query parameters so a filtered view is a link one can share. Dates are days
 * in Warsaw time, both ends included; `przed` is the cursor (the id of the last entry seen).
 */
export const AuditFilterSchema = z
  .object({
    typ: optionalText(100),
    akcja: optionalText(100),
    kto: optionalText(254),
    obiekt: optionalText(200),
    od: optionalDate,
    do: optionalDate,
    przed: z.coerce.number().int().positive().optional().catch(undefined),
  })
  .refine((f) => !f.od || !f.do || f.od <= f.do, { path: ["do"], message: "admin.audit.dateOrder" });
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export interface AuditLogEntry {
  id: number;
  at: Date;
  actorLabel: string;
  entityType: string;
  entityId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** Escapes LIKE wildcards so a typed "%" or "_" matches itself. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function startOfWarsawDay(day: string, addDays = 0): Date {
  const [y, m, d] = day.split("-").map(Number);
  const shifted = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + addDays)).toISOString().slice(0, 10);
  const instant = warsawLocalToInstant(`${shifted}T00:00`);
  if (!instant) throw new Error(`invalid day ${day}`);
  return instant;
}

/**
 * One page of a tenant's audit log, newest first, filtered. Always scoped to the tenant: entries of
 * another tenant, and platform-wide ones without a tenant, never appear.
 */
export async function queryAuditLog(options: {
  db: DbOrTx;
  tenantId: string;
  filter: AuditFilter;
  pageSize?: number;
}): Promise<{ entries: AuditLogEntry[]; nextCursor: number | null }> {
  const { db, tenantId, filter } = options;
  const pageSize = options.pageSize ?? AUDIT_PAGE_SIZE;
  const conditions: (SQL | undefined)[] = [eq(auditLog.tenantId, tenantId)];
  if (filter.typ) conditions.push(eq(auditLog.entityType, filter.typ));
  if (filter.akcja) conditions.push(ilike(auditLog.action, `${likeLiteral(filter.akcja)}%`));
  if (filter.kto) conditions.push(ilike(auditLog.actorLabel, `%${likeLiteral(filter.kto)}%`));
  if (filter.obiekt) conditions.push(eq(auditLog.entityId, filter.obiekt));
  if (filter.od) conditions.push(gte(auditLog.at, startOfWarsawDay(filter.od)));
  if (filter.do) conditions.push(lt(auditLog.at, startOfWarsawDay(filter.do, 1)));
  if (filter.przed) conditions.push(lt(auditLog.id, filter.przed));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorLabel: auditLog.actorLabel,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
      ip: sql<string | null>`host(${auditLog.ip})`,
    })
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(pageSize + 1);
  const entries = rows.slice(0, pageSize);
  const last = entries[entries.length - 1];
  return { entries, nextCursor: rows.length > pageSize && last ? last.id : null };
}

/** The entity types that occur in a tenant's log, for the filter's list. */
export async function listAuditEntityTypes(db: DbOrTx, tenantId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ entityType: auditLog.entityType })
    .from(auditLog)
    .where(eq(auditLog.tenantId, tenantId))
    .orderBy(asc(auditLog.entityType))
    .limit(200);
  return rows.map((r) => r.entityType);
}
