import { asc, eq } from "drizzle-orm";
import type { Clock } from "../../platform/clock/clock";
import type { DbOrTx } from "../../platform/db/client.server";
import { reasonRequests } from "../../platform/db/schema/evaluation";
import { assertCan, type CompetitionSubject, can } from "../competitions/policy";
import { readPublished } from "./get-public-results";
import { competitionOfResults } from "./read-results";

/**
 * The office's page of the results: the published snapshot, the requests for reasons with their
 * answers, and what the viewer may do (correct while resolved, answer while resolved or archived).
 * Only the office of the competition's department (FORBIDDEN otherwise); NOT_FOUND without results.
 */
export async function getOfficeResults(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: CompetitionSubject["staffRoles"];
  clock: Clock;
  competitionId: unknown;
}) {
  const competition = await competitionOfResults(options.db, options.tenantId, options.competitionId);
  const subject = { staffRoles: options.staffRoles };
  assertCan(subject, "office.view", competition);
  const results = await readPublished(options.db, competition, options.clock.now());
  const requests = await options.db
    .select()
    .from(reasonRequests)
    .where(eq(reasonRequests.competitionId, competition.id))
    .orderBy(asc(reasonRequests.askedAt));
  return {
    ...results,
    requests,
    allowed: {
      correct: can(subject, "results.correct", competition),
      answer: can(subject, "reasons.answer", competition),
    },
  };
}
