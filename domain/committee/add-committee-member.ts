import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { committeeMembers } from "../../platform/db/schema/evaluation";
import { AppError } from "../../platform/errors/app-error";
import type { CompetitionRow } from "../competitions/access";
import { accountByEmail, competitionForOffice, ensureCommittee, memberOf, type StaffRoles } from "./access";
import { AddMemberSchema } from "./schemas";

export interface CommitteeOfficeOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: StaffRoles;
  competitionId: unknown;
}

/**
 * Adds a person with an account to the committee (art. 15 ust. 2a): staff, an NGO representative
 * or an expert (art. 15 ust. 2d: advises without a vote). VALIDATION next to the e-mail when there
 * is no such account, CONFLICT when the person is already a member.
 */
export async function addCommitteeMember(
  options: CommitteeOfficeOptions & { input: unknown },
): Promise<{ memberId: string }> {
  const parsed = AddMemberSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("VALIDATION", "error.validation");
  const input = parsed.data;
  return options.db.transaction(async (tx) => {
    const competition = await competitionForOffice(tx, { ...options, action: "evaluation.run" });
    const account = await accountByEmail(tx, input.email);
    if (!account)
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: { email: ["committee.error.noAccount"] },
      });
    const memberId = await insertMember(tx, {
      competition,
      actor: options.actor,
      userId: account.id,
      kind: input.kind,
      chair: input.chair,
      nominationId: null,
    });
    return { memberId };
  });
}

/** Inserts (or brings back a removed) member, the chair made unique, audited. */
export async function insertMember(
  tx: DbOrTx,
  options: {
    competition: CompetitionRow;
    actor: Actor;
    userId: string;
    kind: "staff" | "ngo" | "expert";
    chair: boolean;
    nominationId: string | null;
  },
): Promise<string> {
  const { competition } = options;
  await ensureCommittee(tx, competition, options.actor);
  const existing = await memberOf(tx, competition.id, options.userId);
  if (existing && !existing.removedAt)
    throw new AppError("VALIDATION", "error.validation", {
      fieldErrors: { email: ["committee.error.alreadyMember"] },
    });
  if (options.chair)
    await tx
      .update(committeeMembers)
      .set({ chair: false })
      .where(and(eq(committeeMembers.competitionId, competition.id), eq(committeeMembers.chair, true)));
  const values = {
    kind: options.kind,
    voting: options.kind !== "expert",
    chair: options.chair,
    nominationId: options.nominationId,
    addedBy: options.actor.userId,
    addedAt: new Date(),
    removedAt: null,
    declaredAt: null,
    declarationText: null,
  };
  const [row] = existing
    ? await tx.update(committeeMembers).set(values).where(eq(committeeMembers.id, existing.id)).returning()
    : await tx
        .insert(committeeMembers)
        .values({
          ...values,
          tenantId: competition.tenantId,
          competitionId: competition.id,
          userId: options.userId,
        })
        .returning();
  if (!row) throw new Error("committee member not stored");
  await writeAudit(tx, {
    tenantId: competition.tenantId,
    actor: options.actor,
    entityType: "committee",
    entityId: competition.id,
    action: "committee.member.added",
    after: { memberId: row.id, userId: options.userId, kind: row.kind, voting: row.voting, chair: row.chair },
  });
  return row.id;
}
