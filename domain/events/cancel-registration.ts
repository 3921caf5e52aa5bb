import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import { hashToken } from "../../platform/auth/tokens.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { eventRegistrations } from "../../platform/db/schema/events";
import { AppError } from "../../platform/errors/app-error";
import { findEventInTenant } from "./access";
import { promoteFromWaitingList } from "./registrations";

export interface CancelRegistrationOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  appUrl: string;
  actor: Actor;
  clock: Clock;
  eventId: unknown;
  token: unknown;
}

/**
 * A registered person gives up their place with the single-use link from the mail. A freed
 * confirmed place goes to the first on the waiting list (mailed), in the same transaction under
 * the event's row lock. A used or unknown link is GONE.
 */
export async function cancelRegistration(options: CancelRegistrationOptions): Promise<{ promoted: number }> {
  if (typeof options.token !== "string" || options.token.length < 20 || options.token.length > 200)
    throw new AppError("GONE", "events.error.cancelLinkUsed");
  const tokenHash = hashToken(options.token);
  return options.db.transaction(async (tx) => {
    const event = await findEventInTenant(tx, options.tenantId, options.eventId, { lock: true });
    const [registration] = await tx
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.cancelTokenHash, tokenHash)))
      .limit(1);
    if (!registration || registration.status === "cancelled")
      throw new AppError("GONE", "events.error.cancelLinkUsed");
    const now = options.clock.now();
    await tx
      .update(eventRegistrations)
      .set({ status: "cancelled", cancelledAt: now, cancelTokenHash: null })
      .where(eq(eventRegistrations.id, registration.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "event_registration",
      entityId: registration.id,
      action: "event.registration.cancelled",
      before: { status: registration.status },
      after: { status: "cancelled", eventId: event.id, at: now.toISOString() },
    });
    const promoted =
      registration.status === "confirmed" ? await promoteFromWaitingList(tx, event, { ...options, now }) : [];
    return { promoted: promoted.length };
  });
}
