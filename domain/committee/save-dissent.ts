import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Db } from "../../platform/db/client.server";
import { committeeMembers } from "../../platform/db/schema/evaluation";
import { AppError } from "../../platform/errors/app-error";
import { committeeFactsOf, competitionForMember } from "./access";
import { assertCan } from "./policy";
import { DissentSchema } from "./schemas";

/** The member's dissenting note for the protocol (zdanie odrębne); empty clears it. Audited. */
export async function saveDissent(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  competitionId: unknown;
  input: unknown;
}): Promise<void> {
  const parsed = DissentSchema.safeParse(options.input);
  if (!parsed.success)
    throw new AppError("VALIDATION", "error.validation", {
      fieldErrors: { dissent: [parsed.error.issues[0]?.message ?? "form.invalid"] },
    });
  await options.db.transaction(async (tx) => {
    const { competition, committee, member, facts } = await competitionForMember(tx, {
      tenantId: options.tenantId,
      userId: options.actor.userId,
      competitionId: options.competitionId,
    });
    assertCan(facts, "dissent.write", committeeFactsOf(competition, committee));
    const dissent = parsed.data.dissent || null;
    await tx.update(committeeMembers).set({ dissent }).where(eq(committeeMembers.id, member.id));
    await writeAudit(tx, {
      tenantId: competition.tenantId,
      actor: options.actor,
      entityType: "committee",
      entityId: competition.id,
      action: "committee.dissent.saved",
      before: { memberId: member.id, dissent: member.dissent },
      after: { dissent },
    });
  });
}
