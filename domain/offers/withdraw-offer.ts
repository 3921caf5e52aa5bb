import { eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { offers } from "../../platform/db/schema/offers";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { personOf, requireUserId } from "../organizations/access";
import {
  assertOpenForOffers,
  factsOf,
  findOfferInTenant,
  offerLinks,
  offerorsOf,
  offerRecipients,
  subjectOf,
} from "./access";
import { offerWithdrawnMail } from "./mail/offer-mails";
import { tenantNameOf } from "./offer-content";
import { assertCan } from "./policy";
import { OFFER_TRANSITIONS } from "./states";

export interface WithdrawOfferOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  offerId: unknown;
}

/**
 * Withdraws a submitted offer before the deadline: it no longer takes part in the competition,
 * its submitted versions stay in the history and the draft stays editable (a new submission before
 * the deadline brings it back). The revision moves on, so a later submission is a new version.
 * The offerors' owners and editors are told.
 */
export async function withdrawOffer(options: WithdrawOfferOptions): Promise<void> {
  const userId = requireUserId(options.actor);
  await options.db.transaction(async (tx) => {
    const offer = await findOfferInTenant(tx, options.tenantId, options.offerId, { forUpdate: true });
    const offerors = await offerorsOf(tx, offer, userId);
    const competition = await getCompetitionParameters({
      db: tx,
      tenantId: options.tenantId,
      competitionId: offer.competitionId,
    });
    assertCan(subjectOf(offerors), "withdraw", factsOf(offer, competition.departmentId));
    const now = options.clock.now();
    assertOpenForOffers(competition, now);
    await tx
      .update(offers)
      .set({
        status: OFFER_TRANSITIONS.withdraw.to,
        withdrawnAt: now,
        updatedAt: now,
        revision: sql`${offers.revision} + 1`,
      })
      .where(eq(offers.id, offer.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: "offer.withdrawn",
      before: { status: offer.status },
      after: { status: OFFER_TRANSITIONS.withdraw.to, withdrawnAt: now.toISOString() },
    });
    const by = await personOf(tx, userId);
    const tenantName = await tenantNameOf(tx, options.tenantId);
    const recipients = await offerRecipients(tx, {
      organizationIds: offerors.map((o) => o.organizationId),
      roles: ["owner", "editor"],
      alsoUserId: userId,
    });
    for (const person of recipients) {
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: person.email,
        template: "offers.withdrawn",
        rendered: offerWithdrawnMail(person.locale, {
          tenantName,
          competitionTitle: competition.title,
          offerTitle: offer.title,
          by: by.name,
          link: offerLinks.workspace(options.appUrl, offer.id),
        }),
      });
    }
  });
}
