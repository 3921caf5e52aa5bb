import { and, eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import { committeeNominations } from "../../platform/db/schema/evaluation";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { offerRecipients } from "../offers/access";
import { tenantNameOf } from "../offers/offer-content";
import { accountByEmail, competitionForOffice } from "./access";
import { type CommitteeOfficeOptions, insertMember } from "./add-committee-member";
import { nominationDecidedMail } from "./mail/committee-mails";
import { NominationDecisionSchema } from "./schemas";

/**
 * The officer accepts a proposed candidate (a voting member of kind `ngo`, linked to the
 * nomination; the candidate's e-mail must have an account) or rejects them with a note. The
 * organisation's owners and editors are told by mail.
 */
export async function decideNomination(
  options: CommitteeOfficeOptions & { clock: Clock; appUrl: string; input: unknown },
): Promise<void> {
  const parsed = NominationDecisionSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("VALIDATION", "error.validation");
  const input = parsed.data;
  await options.db.transaction(async (tx) => {
    const competition = await competitionForOffice(tx, { ...options, action: "evaluation.run" });
    const [nomination] = await tx
      .select()
      .from(committeeNominations)
      .where(
        and(
          eq(committeeNominations.id, input.nominationId),
          eq(committeeNominations.competitionId, competition.id),
        ),
      )
      .for("update");
    if (!nomination) throw new AppError("NOT_FOUND", "error.notFound");
    if (nomination.status !== "proposed") throw new AppError("CONFLICT", "committee.error.alreadyDecided");
    const accepted = input.decision === "accept";
    if (accepted) {
      const account = await accountByEmail(tx, nomination.candidateEmail);
      if (!account)
        throw new AppError("VALIDATION", "error.validation", {
          fieldErrors: { [`nomination.${nomination.id}`]: ["committee.error.candidateNoAccount"] },
        });
      await insertMember(tx, {
        competition,
        actor: options.actor,
        userId: account.id,
        kind: "ngo",
        chair: false,
        nominationId: nomination.id,
      }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "VALIDATION")
          throw new AppError("CONFLICT", "committee.error.alreadyMember");
        throw error;
      });
    }
    const now = options.clock.now();
    const note = input.decisionNote ?? null;
    await tx
      .update(committeeNominations)
      .set({
        status: accepted ? "accepted" : "rejected",
        decisionNote: note,
        decidedBy: options.actor.userId,
        decidedAt: now,
      })
      .where(eq(committeeNominations.id, nomination.id));
    await writeAudit(tx, {
      tenantId: competition.tenantId,
      actor: options.actor,
      entityType: "committee",
      entityId: competition.id,
      action: accepted ? "committee.nomination.accepted" : "committee.nomination.rejected",
      before: { nominationId: nomination.id, status: nomination.status },
      after: { status: accepted ? "accepted" : "rejected", decisionNote: note },
    });
    const [organization] = await tx
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, nomination.organizationId));
    const recipients = await offerRecipients(tx, {
      organizationIds: [nomination.organizationId],
      roles: ["owner", "editor"],
    });
    const tenantName = await tenantNameOf(tx, competition.tenantId);
    for (const person of recipients)
      await enqueueMail(tx, {
        tenantId: competition.tenantId,
        to: person.email,
        template: "committee.nominationDecided",
        rendered: nominationDecidedMail(person.locale, {
          tenantName,
          competitionTitle: competition.title,
          organizationName: organization?.name ?? "",
          candidateName: nomination.candidateName,
          accepted,
          note,
          link: `${options.appUrl.replace(/\/$/, "")}/panel/komisje`,
        }),
      });
  });
}
