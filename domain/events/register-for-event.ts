import { and, eq, ne } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import { enforceRateLimits } from "../../platform/auth/rate-limit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { eventRegistrations } from "../../platform/db/schema/events";
import { AppError } from "../../platform/errors/app-error";
import { isUniqueViolation, validationError } from "../organizations/access";
import { findEventInTenant } from "./access";
import { confirmedCount, mailRegistration, newCancelToken, nextPosition } from "./registrations";
import { REGISTRATION_LIMIT_PER_IP } from "./rules";
import { RegistrationSchema } from "./schemas";

export interface RegisterForEventOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  appUrl: string;
  actor: Actor;
  clock: Clock;
  eventId: unknown;
  input: unknown;
}

export interface RegisterForEventResult {
  registrationId: string;
  status: "confirmed" | "waiting";
}

/**
 * A visitor registers for a training: confirmed while places last, then on the waiting list.
 * The event's row is locked for the whole transaction, so concurrent registrations are counted
 * one after another and never overbook. Counts against the per-IP limit; mails the confirmation
 * with the single-use cancellation link and the event's .ics.
 */
export async function registerForEvent(options: RegisterForEventOptions): Promise<RegisterForEventResult> {
  const parsed = RegistrationSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  const now = options.clock.now();
  await enforceRateLimits(options.db, now, [{ rule: REGISTRATION_LIMIT_PER_IP, key: options.actor.ip }]);
  try {
    return await options.db.transaction(async (tx) => {
      const event = await findEventInTenant(tx, options.tenantId, options.eventId, { lock: true });
      if (event.status !== "published" && event.status !== "cancelled")
        throw new AppError("NOT_FOUND", "error.notFound");
      if (event.capacity === null) throw new AppError("NOT_FOUND", "error.notFound");
      if (event.status === "cancelled" || event.startsAt.getTime() <= now.getTime())
        throw new AppError("CONFLICT", "events.error.registrationClosed");
      const [existing] = await tx
        .select({ id: eventRegistrations.id })
        .from(eventRegistrations)
        .where(
          and(
            eq(eventRegistrations.eventId, event.id),
            eq(eventRegistrations.email, input.email),
            ne(eventRegistrations.status, "cancelled"),
          ),
        )
        .limit(1);
      if (existing) throw alreadyRegistered();
      const status = (await confirmedCount(tx, event.id)) < event.capacity ? "confirmed" : "waiting";
      const { token, hash } = newCancelToken();
      const [row] = await tx
        .insert(eventRegistrations)
        .values({
          tenantId: options.tenantId,
          eventId: event.id,
          name: input.name,
          email: input.email,
          organizationName: input.organizationName ?? null,
          status,
          position: await nextPosition(tx, event.id),
          cancelTokenHash: hash,
          consentAt: now,
          createdAt: now,
        })
        .returning({ id: eventRegistrations.id });
      if (!row) throw new Error("registration insert returned nothing");
      await writeAudit(tx, {
        tenantId: options.tenantId,
        actor: options.actor,
        entityType: "event_registration",
        entityId: row.id,
        action: "event.registration.created",
        after: { status, eventId: event.id, at: now.toISOString() },
      });
      await mailRegistration(tx, event, input, token, status, options);
      return { registrationId: row.id, status };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRegistered();
    throw error;
  }
}

function alreadyRegistered(): AppError {
  return new AppError("CONFLICT", "events.error.alreadyRegistered", {
    fieldErrors: { email: ["events.error.alreadyRegistered"] },
  });
}
