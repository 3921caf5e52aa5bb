import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import type { CompetitionCriterionJson } from "../../platform/db/schema/competitions";
import { scoreSheets } from "../../platform/db/schema/evaluation";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";
import { committeeFactsOf, competitionForMember, formalPassedOfferIds } from "./access";
import { currentVersion } from "./get-member-offer";
import { assertCan } from "./policy";
import { checkScores, rawScoresOf } from "./scores";

/**
 * A voting member saves their score sheet of an offer as a draft or submits it: every criterion a
 * whole number from 0 to its maximum with a short justification (required to submit). The total
 * is computed. Only offers that passed the formal check; never one the member is excluded from;
 * experts have no vote (art. 15 ust. 2d). A submitted sheet is final. Audited.
 */
export async function saveScoreSheet(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  competitionId: unknown;
  offerId: unknown;
  /** The form's fields: `points.<code>` and `justification.<code>`. */
  values: Record<string, string>;
  submit: boolean;
}): Promise<{ total: number }> {
  return options.db.transaction(async (tx) => {
    const { competition, committee, member, facts } = await competitionForMember(tx, {
      tenantId: options.tenantId,
      userId: options.actor.userId,
      competitionId: options.competitionId,
    });
    const offerId = isUuid(options.offerId) ? options.offerId : "";
    assertCan(facts, "offer.score", committeeFactsOf(competition, committee, offerId));
    const version = await currentVersion(tx, competition.id, offerId);
    if (!(await formalPassedOfferIds(tx, competition.id)).has(version.offerId))
      throw new AppError("CONFLICT", "committee.error.notPassed");
    const criteria = competition.criteria as CompetitionCriterionJson[];
    const checked = checkScores(criteria, rawScoresOf(criteria, options.values), {
      complete: options.submit,
    });
    if (Object.keys(checked.fieldErrors).length > 0)
      throw new AppError("VALIDATION", "error.validation", { fieldErrors: checked.fieldErrors });
    const [before] = await tx
      .select()
      .from(scoreSheets)
      .where(and(eq(scoreSheets.memberId, member.id), eq(scoreSheets.offerId, version.offerId)))
      .for("update");
    if (before?.submittedAt) throw new AppError("CONFLICT", "committee.error.alreadySubmitted");
    const now = options.clock.now();
    const values = {
      points: checked.points,
      total: checked.total,
      submittedAt: options.submit ? now : null,
      updatedAt: now,
    };
    await tx
      .insert(scoreSheets)
      .values({
        ...values,
        memberId: member.id,
        offerId: version.offerId,
        tenantId: competition.tenantId,
        competitionId: competition.id,
      })
      .onConflictDoUpdate({ target: [scoreSheets.memberId, scoreSheets.offerId], set: values });
    await writeAudit(tx, {
      tenantId: competition.tenantId,
      actor: options.actor,
      entityType: "committee",
      entityId: competition.id,
      action: options.submit ? "committee.score.submitted" : "committee.score.saved",
      before: before ? { points: before.points, total: before.total } : null,
      after: { memberId: member.id, offerId: version.offerId, points: checked.points, total: checked.total },
    });
    return { total: checked.total };
  });
}
