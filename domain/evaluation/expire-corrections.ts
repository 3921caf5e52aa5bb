import { and, asc, eq, lte, sql } from "drizzle-orm";
import { SYSTEM_ACTOR, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { formalChecks, offerCorrections } from "../../platform/db/schema/evaluation";
import { offers } from "../../platform/db/schema/offers";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { tenantNameOf } from "../offers/offer-content";
import { evaluationLinks, offerorPeople } from "./access";
import { formalRejectedMail } from "./mail/evaluation-mails";
import { EXPIRED_CORRECTION_REASON } from "./rules";

/**
 * Open corrections past their deadline become "expired" and their offers are rejected formally
 * with the reason „nieusunięcie braków formalnych w wyznaczonym terminie” (PROCESS.md §3), each
 * in its own transaction that locks the offer first (as the correction's submission does, so the
 * two never both win), audited as the system and mailed to the offerors' owners and editors.
 * Returns the ids of the corrections expired.
 */
export async function expireCorrections(options: {
  db: Db;
  clock: Clock;
  appUrl: string;
  limit?: number;
}): Promise<string[]> {
  const now = options.clock.now();
  const due = await options.db
    .select({ id: offerCorrections.id, offerId: offerCorrections.offerId })
    .from(offerCorrections)
    .where(and(eq(offerCorrections.status, "open"), lte(offerCorrections.deadline, now)))
    .orderBy(asc(offerCorrections.deadline))
    .limit(options.limit ?? 200);
  const expired: string[] = [];
  for (const item of due) {
    const done = await options.db.transaction(async (tx) => {
      const [offer] = await tx.select().from(offers).where(eq(offers.id, item.offerId)).for("update");
      if (!offer) return false;
      const [round] = await tx
        .update(offerCorrections)
        .set({ status: "expired", resolvedAt: now })
        .where(
          and(
            eq(offerCorrections.id, item.id),
            eq(offerCorrections.status, "open"),
            lte(offerCorrections.deadline, now),
          ),
        )
        .returning();
      if (!round) return false;
      const [check] = await tx
        .update(formalChecks)
        .set({
          outcome: "rejected",
          reason: EXPIRED_CORRECTION_REASON,
          decidedBy: null,
          decidedAt: now,
          updatedBy: null,
          updatedAt: now,
          version: sql`${formalChecks.version} + 1`,
        })
        .where(eq(formalChecks.offerId, offer.id))
        .returning({ outcome: formalChecks.outcome });
      await writeAudit(tx, {
        tenantId: offer.tenantId,
        actor: SYSTEM_ACTOR,
        entityType: "offer",
        entityId: offer.id,
        action: "evaluation.correctionExpired",
        before: { correctionId: round.id, status: "open", outcome: "correction" },
        after: {
          correctionId: round.id,
          status: "expired",
          outcome: check?.outcome ?? null,
          reason: EXPIRED_CORRECTION_REASON,
        },
      });
      const [competition] = await tx
        .select({ title: competitions.title })
        .from(competitions)
        .where(eq(competitions.id, offer.competitionId));
      const tenantName = await tenantNameOf(tx, offer.tenantId);
      for (const person of await offerorPeople(tx, offer))
        await enqueueMail(tx, {
          tenantId: offer.tenantId,
          to: person.email,
          template: "evaluation.formal.rejected",
          rendered: formalRejectedMail(person.locale, {
            tenantName,
            competitionTitle: competition?.title ?? "",
            offerTitle: offer.title,
            reason: EXPIRED_CORRECTION_REASON,
            link: evaluationLinks.offer(options.appUrl, offer.id),
          }),
        });
      return true;
    });
    if (done) expired.push(item.id);
  }
  return expired;
}
