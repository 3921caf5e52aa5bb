import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { events } from "../../platform/db/schema/events";
import { AppError } from "../../platform/errors/app-error";
import type { EventRow } from "./access";
import { canTransition, EVENT_TRANSITIONS, type EventTarget } from "./states";

/**
 * The one way an event changes status: checks the edge against EVENT_TRANSITIONS, updates the row
 * only if nobody moved it meanwhile and writes the audit entry, in the caller's transaction.
 */
export async function transitionEvent(
  tx: DbOrTx,
  options: { event: EventRow; to: EventTarget; actor: Actor; now: Date; reason?: string },
): Promise<EventRow> {
  const { event, to, now } = options;
  const rule = EVENT_TRANSITIONS[to];
  if (!canTransition(event.status, to)) throw new AppError("CONFLICT", "events.error.alreadyDecided");
  const reason = options.reason?.trim() ?? "";
  if ("requiresReason" in rule && rule.requiresReason && !reason)
    throw new AppError("VALIDATION", "error.validation", { fieldErrors: { reason: ["form.required"] } });
  const stamps: Partial<typeof events.$inferInsert> =
    to === "published"
      ? { publishedAt: now, decidedBy: options.actor.userId, rejectionReason: null }
      : to === "rejected"
        ? { decidedBy: options.actor.userId, rejectionReason: reason }
        : { cancelledAt: now, cancellationReason: reason || null };
  const [updated] = await tx
    .update(events)
    .set({ status: to, ...stamps, version: sql`${events.version} + 1`, updatedAt: now })
    .where(and(eq(events.id, event.id), eq(events.status, event.status)))
    .returning();
  if (!updated) throw new AppError("CONFLICT", "events.error.alreadyDecided");
  await writeAudit(tx, {
    tenantId: event.tenantId,
    actor: options.actor,
    entityType: "event",
    entityId: event.id,
    action: rule.auditAction,
    before: { status: event.status },
    after: { status: to, ...(reason ? { reason } : {}), at: now.toISOString() },
  });
  return updated;
}
