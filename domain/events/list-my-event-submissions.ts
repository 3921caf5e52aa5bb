import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { events } from "../../platform/db/schema/events";
import { organizationMembers } from "../../platform/db/schema/organizations";

/** Events submitted for the organisations the person belongs to, newest first, with their status. */
export async function listMyEventSubmissions(options: { db: DbOrTx; tenantId: string; userId: string }) {
  const mine = options.db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, options.userId));
  return options.db
    .select({
      id: events.id,
      title: events.title,
      startsAt: events.startsAt,
      status: events.status,
      rejectionReason: events.rejectionReason,
    })
    .from(events)
    .where(and(eq(events.tenantId, options.tenantId), inArray(events.organizationId, mine)))
    .orderBy(desc(events.createdAt))
    .limit(100);
}
