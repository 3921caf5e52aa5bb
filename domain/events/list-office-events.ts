import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { eventRegistrations, events } from "../../platform/db/schema/events";
import { organizations } from "../../platform/db/schema/organizations";
import { assertCan, type StaffRoleName, staffSubject } from "./policy";

/** The back office's list: every event of the tenant (pending first), with registration counts. */
export async function listOfficeEvents(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: readonly StaffRoleName[];
}) {
  assertCan(staffSubject(options.staffRoles), "manage");
  const confirmed = sql<number>`(select count(*)::int from ${eventRegistrations} r where r.event_id = ${events.id} and r.status = 'confirmed')`;
  const waiting = sql<number>`(select count(*)::int from ${eventRegistrations} r where r.event_id = ${events.id} and r.status = 'waiting')`;
  const rows = await options.db
    .select({ event: events, organizationName: organizations.name, confirmed, waiting })
    .from(events)
    .leftJoin(organizations, eq(organizations.id, events.organizationId))
    .where(eq(events.tenantId, options.tenantId))
    .orderBy(sql`case when ${events.status} = 'pending' then 0 else 1 end`, desc(events.startsAt))
    .limit(500);
  return rows.map((r) => ({
    ...r.event,
    organizationName: r.organizationName,
    confirmed: Number(r.confirmed),
    waiting: Number(r.waiting),
  }));
}
export type OfficeEvent = Awaited<ReturnType<typeof listOfficeEvents>>[number];

/** The registrations of one event for staff: confirmed first, then the waiting list in its order. */
export async function listEventRegistrations(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: readonly StaffRoleName[];
  eventId: string;
}) {
  assertCan(staffSubject(options.staffRoles), "registrations.view");
  return options.db
    .select({
      id: eventRegistrations.id,
      name: eventRegistrations.name,
      email: eventRegistrations.email,
      organizationName: eventRegistrations.organizationName,
      status: eventRegistrations.status,
      createdAt: eventRegistrations.createdAt,
    })
    .from(eventRegistrations)
    .where(
      and(eq(eventRegistrations.tenantId, options.tenantId), eq(eventRegistrations.eventId, options.eventId)),
    )
    .orderBy(
      sql`case ${eventRegistrations.status} when 'confirmed' then 0 when 'waiting' then 1 else 2 end`,
      asc(eventRegistrations.position),
    );
}

/** Counts by status, for tests and summaries. */
export async function registrationCounts(db: DbOrTx, eventId: string) {
  const rows = await db
    .select({ status: eventRegistrations.status, n: count() })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId))
    .groupBy(eventRegistrations.status);
  const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return { confirmed: of("confirmed"), waiting: of("waiting"), cancelled: of("cancelled") };
}
