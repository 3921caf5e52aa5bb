import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { committeeMembers } from "../../platform/db/schema/evaluation";

/** The committees the person sits on (not removed), newest first, with their declaration's date. */
export async function listMyCommittees(options: { db: Db; tenantId: string; userId: string }) {
  return options.db
    .select({
      competitionId: competitions.id,
      title: competitions.title,
      status: competitions.status,
      kind: committeeMembers.kind,
      chair: committeeMembers.chair,
      declaredAt: committeeMembers.declaredAt,
    })
    .from(committeeMembers)
    .innerJoin(competitions, eq(competitions.id, committeeMembers.competitionId))
    .where(
      and(
        eq(committeeMembers.userId, options.userId),
        eq(competitions.tenantId, options.tenantId),
        isNull(committeeMembers.removedAt),
      ),
    )
    .orderBy(desc(committeeMembers.addedAt));
}
