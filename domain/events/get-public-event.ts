import { and, count, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { eventRegistrations } from "../../platform/db/schema/events";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { findEventInTenant } from "./access";
import type { CalendarEntry } from "./list-calendar";
import type { StoredCategory } from "./rules";

export interface PublicEvent extends CalendarEntry {
  category: StoredCategory;
  cancellationReason: string | null;
  /** For trainings with registration: places taken and people waiting. */
  registration: { capacity: number; confirmed: number; waiting: number; open: boolean } | null;
}

/** A published (or cancelled) event as the public sees it; anything else is NOT_FOUND. */
export async function getPublicEvent(options: {
  db: DbOrTx;
  tenantId: string;
  eventId: unknown;
  now: Date;
}): Promise<PublicEvent> {
  const event = await findEventInTenant(options.db, options.tenantId, options.eventId);
  if (event.status !== "published" && event.status !== "cancelled")
    throw new AppError("NOT_FOUND", "error.notFound");
  const [organization] = event.organizationId
    ? await options.db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, event.organizationId))
    : [];
  let registration: PublicEvent["registration"] = null;
  if (event.capacity !== null) {
    const counts = await options.db
      .select({ status: eventRegistrations.status, n: count() })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id)))
      .groupBy(eventRegistrations.status);
    const of = (s: string) => counts.find((c) => c.status === s)?.n ?? 0;
    registration = {
      capacity: event.capacity,
      confirmed: of("confirmed"),
      waiting: of("waiting"),
      open: event.status === "published" && event.startsAt.getTime() > options.now.getTime(),
    };
  }
  return {
    id: event.id,
    kind: "event",
    category: event.category,
    title: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    status: event.status,
    organization: organization ?? null,
    competitionId: null,
    capacity: event.capacity,
    version: event.version,
    updatedAt: event.updatedAt,
    cancellationReason: event.cancellationReason,
    registration,
  };
}
