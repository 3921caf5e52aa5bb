import { and, eq, inArray } from "drizzle-orm";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { committeeNominations } from "../../platform/db/schema/evaluation";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";
import { openNominationCalls, participatingOrganizations } from "./nominations";

/**
 * The open calls for committee candidates, for the NGO panel: each call with the person's
 * organisations (owner or editor) that may nominate — those taking part in the competition are
 * listed apart (art. 15 ust. 2d) — and the candidates they have proposed so far.
 */
export async function listNominationCalls(options: {
  db: Db;
  tenantId: string;
  userId: string;
  clock: Clock;
}) {
  const { db } = options;
  const mine = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(
      and(
        eq(organizationMembers.userId, options.userId),
        eq(organizations.tenantId, options.tenantId),
        inArray(organizationMembers.role, ["owner", "editor"]),
      ),
    )
    .orderBy(organizations.name);
  const calls = await openNominationCalls(db, options.tenantId, options.clock.now());
  const ids = mine.map((o) => o.id);
  const nominations =
    ids.length && calls.length
      ? await db
          .select()
          .from(committeeNominations)
          .where(
            and(
              inArray(committeeNominations.organizationId, ids),
              inArray(
                committeeNominations.competitionId,
                calls.map((c) => c.id),
              ),
            ),
          )
          .orderBy(committeeNominations.createdAt)
      : [];
  const out = [];
  for (const call of calls) {
    const taking = await participatingOrganizations(db, call.id, ids);
    out.push({
      ...call,
      organizations: mine.filter((o) => !taking.has(o.id)),
      participating: mine.filter((o) => taking.has(o.id)),
      nominations: nominations
        .filter((n) => n.competitionId === call.id)
        .map((n) => ({
          id: n.id,
          organizationName: mine.find((o) => o.id === n.organizationId)?.name ?? "",
          candidateName: n.candidateName,
          status: n.status,
          decisionNote: n.decisionNote,
        })),
    });
  }
  return { calls: out, hasOrganizations: mine.length > 0 };
}
