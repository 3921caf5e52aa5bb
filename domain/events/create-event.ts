import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { events } from "../../platform/db/schema/events";
import { validationError } from "../organizations/access";
import { assertCan, type StaffRoleName, staffSubject } from "./policy";
import { StaffEventSchema } from "./schemas";

export interface CreateEventOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  input: unknown;
}

/** The coordinator (or an administrator) adds an event to the calendar; it is published at once. */
export async function createEvent(options: CreateEventOptions): Promise<{ eventId: string }> {
  assertCan(staffSubject(options.staffRoles), "create");
  const parsed = StaffEventSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  return options.db.transaction(async (tx) => {
    const now = options.clock.now();
    const [row] = await tx
      .insert(events)
      .values({
        tenantId: options.tenantId,
        category: input.category,
        title: input.title,
        description: input.description ?? "",
        location: input.location ?? "",
        url: input.url ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.category === "training" ? (input.capacity ?? null) : null,
        status: "published",
        submittedBy: options.actor.userId,
        decidedBy: options.actor.userId,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: events.id });
    if (!row) throw new Error("event insert returned nothing");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "event",
      entityId: row.id,
      action: "event.created",
      after: {
        status: "published",
        category: input.category,
        title: input.title,
        startsAt: input.startsAt.toISOString(),
        capacity: input.capacity ?? null,
      },
    });
    return { eventId: row.id };
  });
}
