import { and, eq, sql } from "drizzle-orm";
import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, Tx } from "../../platform/db/client.server";
import { offerSections, offers } from "../../platform/db/schema/offers";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import {
  type CompetitionParameters,
  getCompetitionParameters,
} from "../competitions/get-competition-parameters";
import { ownersOf } from "../organizations/access";
import {
  assertOpenForOffers,
  factsOf,
  findOfferInTenant,
  type Offeror,
  type OfferRow,
  offerLinks,
  offerorsOf,
  subjectOf,
} from "./access";
import { offerPartnerMail } from "./mail/offer-mails";
import { tenantNameOf } from "./offer-content";
import { assertCan } from "./policy";

/** What adding and removing a partner of a joint offer (UDPP art. 14 ust. 2) share. */

export interface PartnerChangeOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  offerId: unknown;
}

/**
 * Opens the change: locks the offer (two changes of partners run one after the other, so the
 * limit holds), asks the policy (the leader's owners and editors) and the deadline.
 */
export async function beginPartnerChange(
  tx: Tx,
  options: PartnerChangeOptions,
  userId: string,
): Promise<{ offer: OfferRow; offerors: Offeror[]; competition: CompetitionParameters; now: Date }> {
  const offer = await findOfferInTenant(tx, options.tenantId, options.offerId, { forUpdate: true });
  const offerors = await offerorsOf(tx, offer, userId);
  const competition = await getCompetitionParameters({
    db: tx,
    tenantId: options.tenantId,
    competitionId: offer.competitionId,
  });
  assertCan(subjectOf(offerors), "managePartners", factsOf(offer, competition.departmentId));
  const now = options.clock.now();
  assertOpenForOffers(competition, now);
  return { offer, offerors, competition, now };
}

/** The offerors changed: the offer's revision moves on (the document's II.1 changed). */
export async function bumpRevision(tx: Tx, offerId: string, now: Date): Promise<void> {
  await tx
    .update(offers)
    .set({ revision: sql`${offers.revision} + 1`, updatedAt: now })
    .where(eq(offers.id, offerId));
}

/**
 * Drops the V.C split row of an organisation that is no longer an offeror, in one statement,
 * bumping the costs section's version only when there was such a row. Returns the new version.
 */
export async function dropSplitRow(
  tx: Tx,
  offerId: string,
  organizationId: string,
  by: { userId: string; now: Date },
): Promise<number | null> {
  const elements = sql`jsonb_array_elements(${offerSections.content} -> 'split')`;
  const [row] = await tx
    .update(offerSections)
    .set({
      content: sql`jsonb_set(${offerSections.content}, '{split}', coalesce((select jsonb_agg(e.value order by e.ordinality) from ${elements} with ordinality as e where e.value ->> 'organizationId' is distinct from ${organizationId}), '[]'::jsonb))`,
      version: sql`${offerSections.version} + 1`,
      updatedBy: by.userId,
      updatedAt: by.now,
    })
    .where(
      and(
        eq(offerSections.offerId, offerId),
        eq(offerSections.section, "costs"),
        sql`jsonb_typeof(${offerSections.content} -> 'split') = 'array'`,
        sql`exists (select 1 from ${elements} as e where e.value ->> 'organizationId' = ${organizationId})`,
      ),
    )
    .returning({ version: offerSections.version });
  return row?.version ?? null;
}

/** Tells the partner's owners that their organisation was added to or removed from the joint offer. */
export async function tellPartnerOwners(
  tx: Tx,
  options: PartnerChangeOptions,
  change: {
    added: boolean;
    offerId: string;
    partner: { id: string; name: string };
    leaderName: string;
    competitionTitle: string;
  },
): Promise<void> {
  const tenantName = await tenantNameOf(tx, options.tenantId);
  for (const owner of await ownersOf(tx, change.partner.id)) {
    await enqueueMail(tx, {
      tenantId: options.tenantId,
      to: owner.email,
      template: change.added ? "offers.partnerAdded" : "offers.partnerRemoved",
      rendered: offerPartnerMail(owner.locale, {
        tenantName,
        added: change.added,
        partnerName: change.partner.name,
        leaderName: change.leaderName,
        competitionTitle: change.competitionTitle,
        link: offerLinks.workspace(options.appUrl, change.offerId),
      }),
    });
  }
}
