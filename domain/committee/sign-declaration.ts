import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { committeeExclusions, committeeMembers } from "../../platform/db/schema/evaluation";
import { AppError, type FieldErrors } from "../../platform/errors/app-error";
import { committeeFactsOf, committeeOffers, competitionForMember } from "./access";
import { declarationText } from "./declaration";
import { assertCan } from "./policy";
import { DeclarationSchema } from "./schemas";

const DEFAULT_CONFLICT_REASON =
  "Konflikt interesów zgłoszony przez członka komisji w oświadczeniu (art. 24 KPA).";

/**
 * The member signs the declaration of no conflict of interest for the competition (the text shown
 * is stored with the date); offers they name a conflict with become their declared exclusions.
 * Only then do they see offers (domain/committee/policy.ts).
 */
export async function signDeclaration(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  competitionId: unknown;
  input: unknown;
}): Promise<void> {
  const parsed = DeclarationSchema.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0] ?? "_form")] ??= [i.message];
    throw new AppError("VALIDATION", "error.validation", { fieldErrors });
  }
  const input = parsed.data;
  await options.db.transaction(async (tx) => {
    const { competition, committee, member, facts } = await competitionForMember(tx, {
      tenantId: options.tenantId,
      userId: options.actor.userId,
      competitionId: options.competitionId,
    });
    assertCan(facts, "declaration.sign", committeeFactsOf(competition, committee));
    const offerIds = new Set((await committeeOffers(tx, competition.id)).map((o) => o.id));
    const conflicts = [...new Set(input.conflictOfferIds)];
    if (conflicts.some((id) => !offerIds.has(id)))
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: { conflictOfferIds: ["form.invalidChoice"] },
      });
    const now = options.clock.now();
    const text = declarationText(competition.title);
    await tx
      .update(committeeMembers)
      .set({ declaredAt: now, declarationText: text })
      .where(eq(committeeMembers.id, member.id));
    const reason = input.conflictReason ?? DEFAULT_CONFLICT_REASON;
    for (const offerId of conflicts)
      await tx
        .insert(committeeExclusions)
        .values({ memberId: member.id, offerId, source: "declared", reason, createdBy: options.actor.userId })
        .onConflictDoNothing();
    await writeAudit(tx, {
      tenantId: competition.tenantId,
      actor: options.actor,
      entityType: "committee",
      entityId: competition.id,
      action: "committee.declaration.signed",
      before: { declaredAt: null },
      after: { memberId: member.id, declaredAt: now.toISOString(), conflictOfferIds: conflicts, reason },
    });
  });
}
