import { inArray, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { proposedAmounts } from "../../platform/db/schema/evaluation";
import { AppError } from "../../platform/errors/app-error";
import { lockCompetitionFor, readAmount, type StaffRoles } from "./access";
import { readRanking } from "./read-ranking";

export interface SaveProposedAmountsOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: StaffRoles;
  clock: Clock;
  competitionId: unknown;
  /** Typed amounts by offer id (Polish notation); only offers that passed the threshold take one. */
  amounts: Record<string, string>;
}

/**
 * The committee's proposed amounts (PROCESS.md §3: "ranking, proposed amounts"), entered by the
 * officer from the ranking for every offer that passed: each between 0 and the requested amount
 * (VALIDATION with the error next to the offer's cell, field `amount.<offerId>`). Returns whether
 * their sum exceeds the competition's funds — a warning, not a refusal.
 */
export async function saveProposedAmounts(options: SaveProposedAmountsOptions) {
  return options.db.transaction(async (tx) => {
    const competition = await lockCompetitionFor(tx, { ...options, action: "evaluation.run" });
    const ranking = await readRanking({ db: tx, tenantId: options.tenantId, competitionId: competition.id });
    const passed = ranking.offers.filter((o) => o.passed);
    const fieldErrors: Record<string, string[]> = {};
    const values: { offerId: string; amount: number }[] = [];
    for (const offer of passed) {
      const read = readAmount(options.amounts[offer.offerId], offer.requestedAmount);
      if (read.ok) values.push({ offerId: offer.offerId, amount: read.amount });
      else fieldErrors[`amount.${offer.offerId}`] = [read.error];
    }
    if (Object.keys(fieldErrors).length)
      throw new AppError("VALIDATION", "error.validation", { fieldErrors });
    const now = options.clock.now();
    const before = Object.fromEntries(passed.map((o) => [o.offerId, o.proposedAmount]));
    const stale = ranking.offers.filter((o) => !o.passed && o.proposedAmount !== null).map((o) => o.offerId);
    if (stale.length) await tx.delete(proposedAmounts).where(inArray(proposedAmounts.offerId, stale));
    if (values.length)
      await tx
        .insert(proposedAmounts)
        .values(
          values.map((v) => ({
            ...v,
            competitionId: competition.id,
            updatedBy: options.actor.userId,
            updatedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: proposedAmounts.offerId,
          set: { amount: sql.raw("excluded.amount"), updatedBy: options.actor.userId, updatedAt: now },
        });
    const total = values.reduce((sum, v) => sum + v.amount, 0);
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "competition",
      entityId: competition.id,
      action: "ranking.proposedAmountsSaved",
      before,
      after: { ...Object.fromEntries(values.map((v) => [v.offerId, v.amount])), total, funds: ranking.funds },
    });
    return { total, funds: ranking.funds, overFunds: total > ranking.funds };
  });
}
