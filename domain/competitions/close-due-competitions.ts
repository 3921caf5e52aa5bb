import { and, asc, eq, lte } from "drizzle-orm";
import { type Actor, SYSTEM_ACTOR } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { isAppError } from "../../platform/errors/app-error";
import { transitionCompetition } from "./transition-competition";

/** How many competitions one run closes at most (the next run takes the rest). */
const BATCH = 100;

/**
 * The job's work: every published competition whose offer deadline has passed (by the clock, to
 * the second) becomes closed, across all tenants. Each competition is closed in its own
 * transaction with its audit entry; one that someone moved on meanwhile is skipped. Returns the
 * ids closed.
 */
export async function closeDueCompetitions(options: {
  db: Db;
  clock: Clock;
  actor?: Actor;
}): Promise<string[]> {
  const now = options.clock.now();
  const due = await options.db
    .select()
    .from(competitions)
    .where(and(eq(competitions.status, "published"), lte(competitions.offerDeadline, now)))
    .orderBy(asc(competitions.offerDeadline))
    .limit(BATCH);
  const closed: string[] = [];
  for (const competition of due) {
    try {
      await options.db.transaction((tx) =>
        transitionCompetition(tx, { competition, to: "closed", actor: options.actor ?? SYSTEM_ACTOR, now }),
      );
      closed.push(competition.id);
    } catch (error) {
      if (isAppError(error) && error.code === "CONFLICT") continue;
      throw error;
    }
  }
  return closed;
}
