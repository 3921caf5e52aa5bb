import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.server";
import { auditLog } from "../db/schema/audit";

/** Who did something: a person (with their request's IP) or the system itself. */
export interface Actor {
  userId: string | null;
  /** E-mail of the person, or "system" / "anonymous". */
  label: string;
  ip: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: "system", ip: null };

/** The actor of a request: the signed-in person, or "anonymous", with the request's IP. */
export function requestActor(
  user: { id: string; email: string } | null | undefined,
  ip: string | null,
): Actor {
  return user ? { userId: user.id, label: user.email, ip } : { userId: null, label: "anonymous", ip };
}

const TOKEN_SEGMENT = /^[A-Za-z0-9_-]{32,}$/;
const UUID_SEGMENT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request's path for an audit line, with secrets in links (invitation, reset, verification tokens) masked. */
export function auditPath(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (TOKEN_SEGMENT.test(segment) && !UUID_SEGMENT.test(segment) ? "[token]" : segment))
    .join("/")
    .slice(0, 200);
}

export interface AuditEntry {
  tenantId: string | null;
  actor: Actor;
  entityType: string;
  entityId: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Appends one audit line; pass the transaction of the change so both commit or neither does. */
export async function writeAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    tenantId: entry.tenantId,
    actorUserId: entry.actor.userId,
    actorLabel: entry.actor.label,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.actor.ip,
  });
}

/**
 * The audit line as an `insert … select` for one statement that also makes the change (a CTE):
 * one row for each row of `source` (a CTE's name), its `after` built from that row by SQL.
 */
export function auditInsertFrom(entry: Omit<AuditEntry, "after">, source: SQL, after: SQL): SQL {
  const before = entry.before === undefined ? null : JSON.stringify(entry.before);
  return sql`insert into audit_log (tenant_id, actor_user_id, actor_label, entity_type, entity_id, action, before, after, ip)
    select ${entry.tenantId}::uuid, ${entry.actor.userId}::uuid, ${entry.actor.label}, ${entry.entityType},
      ${entry.entityId}, ${entry.action}, ${before}::jsonb, ${after}, ${entry.actor.ip}::inet
    from ${source}`;
}
