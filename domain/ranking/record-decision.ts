import { and, asc, eq, inArray } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { competitionDecisions, competitionResults } from "../../platform/db/schema/evaluation";
import { offerPartners } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { formatDate } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { subjectOf } from "../competitions/access";
import { canActInDepartment } from "../competitions/policy";
import { transitionCompetition } from "../competitions/transition-competition";
import { offerLinks, offerorLetterRecipients } from "../offers/access";
import { tenantNameOf } from "../offers/offer-content";
import { lockCompetitionFor, readAmount, type StaffRoles } from "./access";
import { competitionResultMail, type ResultStatus } from "./mail/result-mails";
import { formatPoints } from "./ranking";
import { type RankedOffer, readRanking } from "./read-ranking";

export interface DecisionInput {
  /** The zarządzenie's number, e.g. "123/2026". */
  number: string;
  /** Its date, YYYY-MM-DD. */
  date: string;
  /** Awarded amounts by offer id (Polish notation); only offers that passed the threshold take one. */
  awarded: Record<string, string>;
}

export interface RecordDecisionOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: StaffRoles;
  clock: Clock;
  appUrl: string;
  competitionId: unknown;
  decision: DecisionInput;
}

/** The result an offer gets from the ranking and the awarded amount. */
export function resultStatusOf(offer: RankedOffer, awarded: number): ResultStatus {
  if (offer.formalOutcome === "rejected") return "rejected_formally";
  if (offer.rank !== null && !offer.passed) return "below_threshold";
  return awarded > 0 ? "funded" : "not_funded";
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Records the mayor's decision (zarządzenie) on a competition (UDPP art. 15 ust. 2h): in one
 * transaction, with the competition row locked, a competition_decisions row, one
 * competition_results row per submitted offer (organisation and register number from the frozen
 * version, score and place from the ranking, the awarded amount — at most the requested one, 0
 * for not funded), the competition resolved, the audit entry and a mail to every offeror's owners
 * and editors. A second attempt is a CONFLICT. The awarded total may exceed the funds (warned by
 * the page, returned here), since the decision is the mayor's.
 */
export async function recordDecision(options: RecordDecisionOptions) {
  const { decision } = options;
  return options.db.transaction(async (tx) => {
    const competition = await lockCompetitionFor(tx, { ...options, action: "evaluation.view" });
    if (!canActInDepartment(subjectOf(options.staffRoles), "results.decide", competition.departmentId))
      throw new AppError("FORBIDDEN", "error.forbidden");
    const [existing] = await tx
      .select({ id: competitionDecisions.id })
      .from(competitionDecisions)
      .where(
        and(
          eq(competitionDecisions.competitionId, competition.id),
          eq(competitionDecisions.kind, "decision"),
        ),
      )
      .limit(1);
    if (existing) throw new AppError("CONFLICT", "ranking.error.alreadyDecided");
    if (competition.status !== "in_evaluation")
      throw new AppError("CONFLICT", "competition.error.wrongStatus");

    const ranking = await readRanking({ db: tx, tenantId: options.tenantId, competitionId: competition.id });
    if (ranking.offers.some((o) => o.formalOutcome !== "passed" && o.formalOutcome !== "rejected"))
      throw new AppError("CONFLICT", "ranking.error.formalPending");
    if (ranking.offers.some((o) => o.formalOutcome === "passed") && !ranking.committee.scoringClosedAt)
      throw new AppError("CONFLICT", "ranking.error.scoringOpen");

    const fieldErrors: Record<string, string[]> = {};
    const number = decision.number.trim();
    if (!number) fieldErrors.number = ["form.required"];
    else if (number.length > 100) fieldErrors.number = ["form.tooLong"];
    if (!DATE.test(decision.date) || Number.isNaN(Date.parse(`${decision.date}T00:00:00Z`)))
      fieldErrors.date = ["ranking.error.date"];
    const awarded = new Map<string, number>();
    for (const offer of ranking.offers) {
      if (!offer.passed) {
        awarded.set(offer.offerId, 0);
        continue;
      }
      const read = readAmount(decision.awarded[offer.offerId], offer.requestedAmount);
      if (read.ok) awarded.set(offer.offerId, read.amount);
      else fieldErrors[`awarded.${offer.offerId}`] = [read.error];
    }
    if (Object.keys(fieldErrors).length)
      throw new AppError("VALIDATION", "error.validation", { fieldErrors });

    const now = options.clock.now();
    const [row] = await tx
      .insert(competitionDecisions)
      .values({
        tenantId: options.tenantId,
        competitionId: competition.id,
        kind: "decision",
        number,
        decisionDate: decision.date,
        recordedBy: options.actor.userId,
        recordedAt: now,
      })
      .returning({ id: competitionDecisions.id });
    if (!row) throw new Error("decision not recorded");
    const results = ranking.offers.map((o) => {
      const amount = awarded.get(o.offerId) ?? 0;
      return {
        offer: o,
        status: resultStatusOf(o, amount),
        amount,
      };
    });
    if (results.length)
      await tx.insert(competitionResults).values(
        results.map(({ offer, status, amount }) => ({
          competitionId: competition.id,
          offerId: offer.offerId,
          tenantId: options.tenantId,
          organizationId: offer.organizationId,
          organizationName: offer.organizationName,
          registerNumber: offer.registerNumber,
          offerTitle: offer.title,
          requestedAmount: offer.requestedAmount,
          awardedAmount: amount,
          scoreHundredths: offer.meanHundredths,
          rank: offer.rank,
          status,
          decisionId: row.id,
          publishedAt: now,
        })),
      );
    const awardedTotal = results.reduce((sum, r) => sum + r.amount, 0);
    await transitionCompetition(tx, { competition, to: "resolved", actor: options.actor, now });
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "competition",
      entityId: competition.id,
      action: "ranking.decisionRecorded",
      after: {
        decisionId: row.id,
        number,
        date: decision.date,
        awardedTotal,
        funds: ranking.funds,
        results: results.map((r) => ({ offerId: r.offer.offerId, status: r.status, awarded: r.amount })),
      },
    });

    const partners = results.length
      ? await tx
          .select({ offerId: offerPartners.offerId, organizationId: offerPartners.organizationId })
          .from(offerPartners)
          .where(
            inArray(
              offerPartners.offerId,
              results.map((r) => r.offer.offerId),
            ),
          )
          .orderBy(asc(offerPartners.position))
      : [];
    const tenantName = await tenantNameOf(tx, options.tenantId);
    for (const { offer, status, amount } of results) {
      const organizationIds = [
        offer.organizationId,
        ...partners.filter((p) => p.offerId === offer.offerId).map((p) => p.organizationId),
      ];
      const recipients = await offerorLetterRecipients(tx, { organizationIds, roles: ["owner", "editor"] });
      for (const person of recipients) {
        await enqueueMail(tx, {
          tenantId: options.tenantId,
          to: person.email,
          template: "ranking.result",
          rendered: competitionResultMail(person.locale, {
            tenantName,
            competitionTitle: competition.title,
            offerTitle: offer.title,
            status,
            awarded: formatMoney(amount),
            requested: formatMoney(offer.requestedAmount),
            score: offer.meanHundredths === null ? null : formatPoints(offer.meanHundredths),
            rank: offer.rank,
            decisionNumber: number,
            decisionDate: formatDate(decision.date),
            reduced: status === "funded" && amount < offer.requestedAmount,
            link:
              status === "funded" && amount < offer.requestedAmount
                ? `${offerLinks.workspace(options.appUrl, offer.offerId)}/aktualizacja`
                : offerLinks.workspace(options.appUrl, offer.offerId),
          }),
        });
      }
    }
    return {
      decisionId: row.id,
      awardedTotal,
      funds: ranking.funds,
      overFunds: awardedTotal > ranking.funds,
    };
  });
}
