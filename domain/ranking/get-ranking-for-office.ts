import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitionDecisions } from "../../platform/db/schema/evaluation";
import { findCompetitionInTenant, subjectOf } from "../competitions/access";
import { assertCan, can } from "../competitions/policy";
import type { StaffRoles } from "./access";
import { readRanking } from "./read-ranking";

/**
 * The ranking for the back office (policy `evaluation.view`: an officer of the competition's
 * department, a coordinator or an administrator; FORBIDDEN for anyone else) with what the viewer
 * may change now: proposed amounts and closing the scoring (`evaluation.run`), the decision
 * (`results.decide`).
 */
export async function getRankingForOffice(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: StaffRoles;
  competitionId: unknown;
}) {
  const row = await findCompetitionInTenant(options.db, options.tenantId, options.competitionId);
  const subject = subjectOf(options.staffRoles);
  assertCan(subject, "evaluation.view", row);
  const ranking = await readRanking({ db: options.db, tenantId: options.tenantId, competitionId: row.id });
  const [decision] = await options.db
    .select({
      number: competitionDecisions.number,
      date: competitionDecisions.decisionDate,
      recordedAt: competitionDecisions.recordedAt,
    })
    .from(competitionDecisions)
    .where(and(eq(competitionDecisions.competitionId, row.id), eq(competitionDecisions.kind, "decision")))
    .limit(1);
  return {
    ranking,
    decision: decision ?? null,
    allowed: { run: can(subject, "evaluation.run", row), decide: can(subject, "results.decide", row) },
  };
}
