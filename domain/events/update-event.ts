import { eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { events } from "../../platform/db/schema/events";
import { AppError } from "../../platform/errors/app-error";
import { validationError } from "../organizations/access";
import { findEventInTenant } from "./access";
import { assertCan, type StaffRoleName, staffSubject } from "./policy";
import { confirmedCount, promoteFromWaitingList } from "./registrations";
import { StaffEventSchema } from "./schemas";

export interface UpdateEventOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  appUrl: string;
  actor: Actor;
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  eventId: unknown;
  expectedVersion: unknown;
  input: unknown;
}

/**
 * Staff correct an event (pending or published). The capacity may not drop below the places
 * already confirmed; when it grows, the waiting list moves up. Refused with CONFLICT when someone
 * changed the event since the form was read.
 */
export async function updateEvent(options: UpdateEventOptions): Promise<void> {
  const parsed = StaffEventSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  await options.db.transaction(async (tx) => {
    const event = await findEventInTenant(tx, options.tenantId, options.eventId, { lock: true });
    assertCan(staffSubject(options.staffRoles), "edit", event);
    if (Number(options.expectedVersion) !== event.version)
      throw new AppError("CONFLICT", "events.error.changedMeanwhile");
    const capacity = input.category === "training" ? (input.capacity ?? null) : null;
    const taken = await confirmedCount(tx, event.id);
    if (taken > 0 && (capacity === null || capacity < taken))
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: {
          capacity: [`events.error.capacityBelowConfirmed|${JSON.stringify({ count: taken })}`],
        },
      });
    const now = options.clock.now();
    const changes = {
      category: input.category,
      title: input.title,
      description: input.description ?? "",
      location: input.location ?? "",
      url: input.url ?? null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity,
    };
    const [updated] = await tx
      .update(events)
      .set({ ...changes, version: sql`${events.version} + 1`, updatedAt: now })
      .where(eq(events.id, event.id))
      .returning();
    if (!updated) throw new Error("event update returned nothing");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "event",
      entityId: event.id,
      action: "event.edited",
      before: { title: event.title, startsAt: event.startsAt.toISOString(), capacity: event.capacity },
      after: { title: changes.title, startsAt: changes.startsAt.toISOString(), capacity },
    });
    await promoteFromWaitingList(tx, updated, { ...options, now });
  });
}
