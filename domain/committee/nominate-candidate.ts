import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { committeeNominations, committees } from "../../platform/db/schema/evaluation";
import { AppError } from "../../platform/errors/app-error";
import { findCompetitionInTenant } from "../competitions/access";
import { findOrganizationInTenant, membershipOf, requireUserId } from "../organizations/access";
import { participatingOrganizations } from "./nominations";
import { NominateSchema } from "./schemas";

/**
 * An organisation's owner or editor proposes a candidate for the committee while the call is open
 * (art. 15 ust. 2a pkt 2). An organisation that submitted an offer in this competition (leader or
 * partner, not withdrawn) may not (art. 15 ust. 2d): CONFLICT with the article cited.
 */
export async function nominateCandidate(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  input: unknown;
}): Promise<{ nominationId: string }> {
  const parsed = NominateSchema.safeParse(options.input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) fieldErrors[String(i.path[0] ?? "_form")] ??= [i.message];
    throw new AppError("VALIDATION", "error.validation", { fieldErrors });
  }
  const input = parsed.data;
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const organization = await findOrganizationInTenant(tx, options.tenantId, input.organizationId);
    const role = await membershipOf(tx, organization.id, userId);
    if (role !== "owner" && role !== "editor") throw new AppError("FORBIDDEN", "error.forbidden");
    const competition = await findCompetitionInTenant(tx, options.tenantId, input.competitionId);
    const [committee] = await tx
      .select()
      .from(committees)
      .where(eq(committees.competitionId, competition.id));
    const deadline = committee?.nominationDeadline;
    if (competition.status !== "in_evaluation" || !deadline || deadline <= options.clock.now())
      throw new AppError("CONFLICT", "committee.error.callClosed");
    const taking = await participatingOrganizations(tx, competition.id, [organization.id]);
    if (taking.has(organization.id))
      throw new AppError("CONFLICT", "committee.error.participantNominates", {
        fieldErrors: { organizationId: ["committee.error.participantNominates"] },
      });
    const [existing] = await tx
      .select({ id: committeeNominations.id })
      .from(committeeNominations)
      .where(
        and(
          eq(committeeNominations.competitionId, competition.id),
          eq(committeeNominations.organizationId, organization.id),
          eq(committeeNominations.candidateEmail, input.candidateEmail),
        ),
      );
    if (existing)
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: { candidateEmail: ["committee.error.alreadyNominated"] },
      });
    const [row] = await tx
      .insert(committeeNominations)
      .values({
        tenantId: options.tenantId,
        competitionId: competition.id,
        organizationId: organization.id,
        candidateName: input.candidateName,
        candidateEmail: input.candidateEmail,
        statement: input.statement,
        createdBy: userId,
        createdAt: options.clock.now(),
      })
      .returning();
    if (!row) throw new Error("nomination not stored");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "committee",
      entityId: competition.id,
      action: "committee.nomination.proposed",
      after: { nominationId: row.id, organizationId: organization.id, candidateEmail: row.candidateEmail },
    });
    return { nominationId: row.id };
  });
}
