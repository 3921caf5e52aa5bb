import { and, eq, isNull } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { committeeExclusions, committeeMembers, scoreSheets } from "../../platform/db/schema/evaluation";
import { offers } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";
import { competitionForOffice } from "./access";
import type { CommitteeOfficeOptions } from "./add-committee-member";
import { ExcludeMemberSchema } from "./schemas";

/** The officer's changes of one member: make them the chair, remove them, exclude them from an offer. */

async function activeMember(tx: DbOrTx, competitionId: string, memberId: unknown) {
  if (!isUuid(memberId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await tx
    .select()
    .from(committeeMembers)
    .where(
      and(
        eq(committeeMembers.id, memberId),
        eq(committeeMembers.competitionId, competitionId),
        isNull(committeeMembers.removedAt),
      ),
    );
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

/** Marks the member as the committee's chair (the previous chair stops being one). */
export async function setCommitteeChair(options: CommitteeOfficeOptions & { memberId: unknown }) {
  await options.db.transaction(async (tx) => {
    const competition = await competitionForOffice(tx, { ...options, action: "evaluation.run" });
    const member = await activeMember(tx, competition.id, options.memberId);
    await tx
      .update(committeeMembers)
      .set({ chair: false })
      .where(eq(committeeMembers.competitionId, competition.id));
    await tx.update(committeeMembers).set({ chair: true }).where(eq(committeeMembers.id, member.id));
    await writeAudit(tx, {
      tenantId: competition.tenantId,
      actor: options.actor,
      entityType: "committee",
      entityId: competition.id,
      action: "committee.member.chair",
      before: { chair: member.chair },
      after: { memberId: member.id, chair: true },
    });
  });
}

/** Removes a member (kept with removed_at); only before they scored anything (CONFLICT after). */
export async function removeCommitteeMember(options: CommitteeOfficeOptions & { memberId: unknown }) {
  await options.db.transaction(async (tx) => {
    const competition = await competitionForOffice(tx, { ...options, action: "evaluation.run" });
    const member = await activeMember(tx, competition.id, options.memberId);
    const [sheet] = await tx.select().from(scoreSheets).where(eq(scoreSheets.memberId, member.id)).limit(1);
    if (sheet) throw new AppError("CONFLICT", "committee.error.memberScored");
    const removedAt = new Date();
    await tx
      .update(committeeMembers)
      .set({ removedAt, chair: false })
      .where(eq(committeeMembers.id, member.id));
    await writeAudit(tx, {
      tenantId: competition.tenantId,
      actor: options.actor,
      entityType: "committee",
      entityId: competition.id,
      action: "committee.member.removed",
      before: { memberId: member.id, userId: member.userId, kind: member.kind },
      after: { removedAt: removedAt.toISOString() },
    });
  });
}

/**
 * Excludes a member from one offer of the competition with a reason (the officer's decision,
 * art. 15 ust. 2d with KPA art. 24). A score sheet they had of that offer is dropped (audited).
 */
export async function excludeCommitteeMember(options: CommitteeOfficeOptions & { input: unknown }) {
  const parsed = ExcludeMemberSchema.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0] ?? "_form")] = [i.message];
    throw new AppError("VALIDATION", "error.validation", { fieldErrors });
  }
  const input = parsed.data;
  await options.db.transaction(async (tx) => {
    const competition = await competitionForOffice(tx, { ...options, action: "evaluation.run" });
    const member = await activeMember(tx, competition.id, input.memberId);
    const [offer] = await tx
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.id, input.offerId), eq(offers.competitionId, competition.id)));
    if (!offer) throw new AppError("NOT_FOUND", "error.notFound");
    const inserted = await tx
      .insert(committeeExclusions)
      .values({
        memberId: member.id,
        offerId: offer.id,
        source: "officer",
        reason: input.reason,
        createdBy: options.actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) throw new AppError("CONFLICT", "committee.error.alreadyExcluded");
    const dropped = await tx
      .delete(scoreSheets)
      .where(and(eq(scoreSheets.memberId, member.id), eq(scoreSheets.offerId, offer.id)))
      .returning();
    await writeAudit(tx, {
      tenantId: competition.tenantId,
      actor: options.actor,
      entityType: "committee",
      entityId: competition.id,
      action: "committee.member.excluded",
      before: dropped[0] ? { scoreSheet: dropped[0] } : null,
      after: { memberId: member.id, offerId: offer.id, source: "officer", reason: input.reason },
    });
  });
}
