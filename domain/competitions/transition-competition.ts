import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { type CompetitionRow, competitionLinks } from "./access";
import { listDraftOfferRecipients } from "./list-draft-offer-recipients";
import { competitionCancelledMail } from "./mail/competition-mails";
import { type CompetitionTarget, canTransition, transitionRule } from "./states";

export interface TransitionOptions {
  competition: CompetitionRow;
  to: CompetitionTarget;
  actor: Actor;
  now: Date;
  /** Required by transitions that say why (cancellation). */
  reason?: string;
  /** The app's address, for links in the notifications. */
  appUrl?: string;
}

/**
 * The one way a competition changes status: checks the edge against COMPETITION_TRANSITIONS,
 * updates the row only if nobody moved it meanwhile (status guard; the version goes up so open
 * forms notice), writes the audit entry with the status before and after, and enqueues the
 * notifications the edge asks for — all in the caller's transaction.
 */
export async function transitionCompetition(tx: DbOrTx, options: TransitionOptions): Promise<CompetitionRow> {
  const { competition, to, now } = options;
  const rule = transitionRule(to);
  if (!canTransition(competition.status, to)) throw new AppError("CONFLICT", "competition.error.wrongStatus");
  const reason = options.reason?.trim() ?? "";
  if (rule.requiresReason && !reason)
    throw new AppError("VALIDATION", "error.validation", { fieldErrors: { reason: ["form.required"] } });
  const stamps: Partial<typeof competitions.$inferInsert> =
    to === "published"
      ? { publishedAt: now }
      : to === "closed"
        ? { closedAt: now }
        : to === "cancelled"
          ? { cancelledAt: now, cancellationReason: reason }
          : {};
  const [updated] = await tx
    .update(competitions)
    .set({
      status: to,
      ...stamps,
      version: sql`${competitions.version} + 1`,
      updatedAt: now,
      updatedBy: options.actor.userId,
    })
    .where(and(eq(competitions.id, competition.id), eq(competitions.status, competition.status)))
    .returning();
  if (!updated) throw new AppError("CONFLICT", "competition.error.wrongStatus");
  await writeAudit(tx, {
    tenantId: competition.tenantId,
    actor: options.actor,
    entityType: "competition",
    entityId: competition.id,
    action: rule.auditAction,
    before: { status: competition.status },
    after: { status: to, ...(reason ? { reason } : {}), at: now.toISOString() },
  });
  if (rule.notifyDraftOffers) await notifyDraftOffers(tx, updated, reason, options.appUrl);
  return updated;
}

async function notifyDraftOffers(tx: DbOrTx, competition: CompetitionRow, reason: string, appUrl = "") {
  const recipients = await listDraftOfferRecipients(tx, {
    tenantId: competition.tenantId,
    competitionId: competition.id,
  });
  for (const person of recipients) {
    await enqueueMail(tx, {
      tenantId: competition.tenantId,
      to: person.email,
      template: "competitions.cancelled",
      rendered: competitionCancelledMail(person.locale, {
        title: competition.title,
        reason,
        link: competitionLinks.public(appUrl || "http://localhost", competition.id),
      }),
    });
  }
}
