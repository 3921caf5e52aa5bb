import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { committees } from "../../platform/db/schema/evaluation";
import { AppError } from "../../platform/errors/app-error";
import { lockCompetitionFor, type StaffRoles } from "./access";
import { readRanking } from "./read-ranking";

/**
 * Closes the committee's scoring: from now on the members' sheets are final and the ranking is the
 * one the protocol and the decision use (committees.scoring_closed_at). Refused (CONFLICT) when
 * already closed or when the competition has no committee. Sheets still missing are recorded in
 * the audit entry; they do not block (a member may be absent), the page warns before.
 */
export async function closeScoring(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: StaffRoles;
  clock: Clock;
  competitionId: unknown;
}): Promise<void> {
  await options.db.transaction(async (tx) => {
    const competition = await lockCompetitionFor(tx, { ...options, action: "evaluation.run" });
    const [committee] = await tx
      .select()
      .from(committees)
      .where(eq(committees.competitionId, competition.id));
    if (!committee) throw new AppError("CONFLICT", "ranking.error.noCommittee");
    if (committee.scoringClosedAt) throw new AppError("CONFLICT", "ranking.error.scoringClosed");
    const ranking = await readRanking({ db: tx, tenantId: options.tenantId, competitionId: competition.id });
    const now = options.clock.now();
    await tx
      .update(committees)
      .set({ scoringClosedAt: now, updatedAt: now, updatedBy: options.actor.userId })
      .where(eq(committees.competitionId, competition.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "competition",
      entityId: competition.id,
      action: "ranking.scoringClosed",
      before: { scoringClosedAt: null },
      after: {
        scoringClosedAt: now.toISOString(),
        missingSheets: ranking.progress.filter((p) => p.state === "pending").length,
        ranking: ranking.offers
          .filter((o) => o.rank !== null)
          .map((o) => ({ offerId: o.offerId, rank: o.rank, meanHundredths: o.meanHundredths })),
      },
    });
  });
}
