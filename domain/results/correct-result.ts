import { and, eq, inArray } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { competitionDecisions, competitionResults } from "../../platform/db/schema/evaluation";
import { organizations } from "../../platform/db/schema/organizations";
import { offerUpdates } from "../../platform/db/schema/updates";
import { AppError } from "../../platform/errors/app-error";
import { formatDate } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { assertCan, type CompetitionSubject } from "../competitions/policy";
import { validationError } from "../organizations/access";
import { resultCorrectedMail } from "./mail/result-mails";
import { competitionOfResults, decisionsOf } from "./read-results";
import { ResultCorrectionSchema } from "./schemas";

const STATUS_PL: Record<string, string> = {
  funded: "dotacja przyznana",
  not_funded: "bez dotacji",
  below_threshold: "poniżej progu punktowego",
  rejected_formally: "odrzucona z przyczyn formalnych",
};

const describeResult = (r: { status: string; awardedAmount: number }) =>
  r.status === "funded"
    ? `${STATUS_PL.funded}, ${formatMoney(r.awardedAmount)}`
    : (STATUS_PL[r.status] ?? r.status);

/**
 * Corrects one published result by an amending decision (PROCESS.md §3, ADR 012: never a silent
 * edit): a `competition_decisions` row of kind "correction" with its number, date and reason, the
 * result row pointing to it, the audit entry with the row before and after, and a mail to the
 * organisation — one transaction. Only the office of the competition's department, only while the
 * competition is resolved (policy `results.correct`).
 */
export async function correctResult(options: {
  db: Db;
  tenantId: string;
  tenantName?: string;
  actor: Actor;
  staffRoles: CompetitionSubject["staffRoles"];
  clock: Clock;
  appUrl: string;
  competitionId: unknown;
  input: Record<string, unknown>;
}): Promise<{ decisionId: string }> {
  const competition = await competitionOfResults(options.db, options.tenantId, options.competitionId);
  assertCan({ staffRoles: options.staffRoles }, "results.correct", competition);
  const parsed = ResultCorrectionSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const input = parsed.data;
  const [before] = await options.db
    .select()
    .from(competitionResults)
    .where(
      and(
        eq(competitionResults.competitionId, competition.id),
        eq(competitionResults.offerId, input.offerId),
      ),
    )
    .limit(1);
  if (!before) throw new AppError("NOT_FOUND", "results.error.noSuchResult");
  if (input.awardedAmount > before.requestedAmount)
    throw validationError([{ path: ["awardedAmount"], message: "results.error.aboveRequested" }]);
  if (input.status === before.status && input.awardedAmount === before.awardedAmount)
    throw validationError([{ path: ["status"], message: "results.error.nothingChanged" }]);
  const decision = (await decisionsOf(options.db, competition.id)).find((d) => d.kind === "decision");
  if (decision && input.decisionDate < decision.decisionDate)
    throw validationError([{ path: ["decisionDate"], message: "results.error.beforeDecision" }]);
  const now = options.clock.now();
  return options.db.transaction(async (tx) => {
    const [correction] = await tx
      .insert(competitionDecisions)
      .values({
        tenantId: options.tenantId,
        competitionId: competition.id,
        kind: "correction",
        number: input.number,
        decisionDate: input.decisionDate,
        reason: input.reason,
        recordedBy: options.actor.userId,
        recordedAt: now,
      })
      .returning({ id: competitionDecisions.id });
    if (!correction) throw new Error("correction insert returned nothing");
    const updated = await tx
      .update(competitionResults)
      .set({ status: input.status, awardedAmount: input.awardedAmount, decisionId: correction.id })
      .where(
        and(
          eq(competitionResults.competitionId, competition.id),
          eq(competitionResults.offerId, input.offerId),
          eq(competitionResults.decisionId, before.decisionId),
          eq(competitionResults.status, before.status),
          eq(competitionResults.awardedAmount, before.awardedAmount),
        ),
      )
      .returning({ offerId: competitionResults.offerId });
    if (updated.length === 0) throw new AppError("CONFLICT", "results.error.changedMeanwhile");
    const after = { status: input.status, awardedAmount: input.awardedAmount };
    await followOnUpdateRound(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      offerId: before.offerId,
      result: { ...after, requestedAmount: before.requestedAmount },
      number: input.number,
    });
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "competition",
      entityId: competition.id,
      action: "results.corrected",
      before: {
        offerId: before.offerId,
        status: before.status,
        awardedAmount: before.awardedAmount,
        decisionId: before.decisionId,
      },
      after: {
        offerId: before.offerId,
        ...after,
        decisionId: correction.id,
        number: input.number,
        decisionDate: input.decisionDate,
        reason: input.reason,
      },
    });
    const [organization] = await tx
      .select({ email: organizations.email })
      .from(organizations)
      .where(eq(organizations.id, before.organizationId));
    if (organization?.email) {
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: organization.email,
        template: "results.corrected",
        rendered: resultCorrectedMail("pl", {
          tenantName: options.tenantName,
          competitionTitle: competition.title,
          offerTitle: before.offerTitle,
          number: input.number,
          decisionDate: formatDate(input.decisionDate),
          before: describeResult(before),
          after: describeResult(after),
          reason: input.reason,
          link: `${options.appUrl.replace(/\/$/, "")}/konkursy/${competition.id}/wyniki`,
        }),
      });
    }
    return { decisionId: correction.id };
  });
}

/**
 * A correction that changes a reduced award moves the offer's live update round (PROCESS.md §3)
 * to the new amount: the update must match the award the result now publishes. An update already
 * submitted for the old amount goes back to the organisation with the reason. (A round not yet
 * opened is opened with the corrected amount by ensureUpdateRounds.)
 */
async function followOnUpdateRound(
  tx: DbOrTx,
  options: {
    tenantId: string;
    actor: Actor;
    offerId: string;
    result: { status: string; awardedAmount: number; requestedAmount: number };
    number: string;
  },
): Promise<void> {
  const { result } = options;
  const stillReduced =
    result.status === "funded" && result.awardedAmount > 0 && result.awardedAmount < result.requestedAmount;
  if (!stillReduced) return;
  const [round] = await tx
    .select()
    .from(offerUpdates)
    .where(
      and(
        eq(offerUpdates.offerId, options.offerId),
        inArray(offerUpdates.status, ["open", "submitted", "returned"]),
      ),
    )
    .for("update");
  if (!round || round.awardedAmount === result.awardedAmount) return;
  const status = round.status === "submitted" ? "returned" : round.status;
  const remarks =
    round.status === "submitted"
      ? `Kwota dotacji zmieniona zarządzeniem nr ${options.number}: zaktualizuj ofertę do kwoty ${formatMoney(result.awardedAmount)}.`
      : round.remarks;
  await tx
    .update(offerUpdates)
    .set({ awardedAmount: result.awardedAmount, status, remarks })
    .where(eq(offerUpdates.id, round.id));
  await writeAudit(tx, {
    tenantId: options.tenantId,
    actor: options.actor,
    entityType: "offer",
    entityId: options.offerId,
    action: "updates.amountCorrected",
    before: { updateId: round.id, status: round.status, awardedAmount: round.awardedAmount },
    after: { updateId: round.id, status, awardedAmount: result.awardedAmount },
  });
}
