import { and, asc, eq, inArray } from "drizzle-orm";
import { union } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../platform/db/client.server";
import { users } from "../../platform/db/schema/identity";
import { offerPartners, offers } from "../../platform/db/schema/offers";
import { organizationMembers } from "../../platform/db/schema/organizations";
import type { Recipient } from "../organizations/access";

/**
 * The people to tell when a published competition changes (an amendment) or is cancelled: every
 * member of an organisation that has a draft offer (or a joint offer as a partner) in it — offers
 * not yet submitted. One query, distinct by person; it runs inside the caller's transaction
 * (amend-competition, transitionCompetition), which enqueues one mail per recipient.
 */
export async function listDraftOfferRecipients(
  db: DbOrTx,
  options: { tenantId: string; competitionId: string },
): Promise<Recipient[]> {
  const drafts = and(
    eq(offers.tenantId, options.tenantId),
    eq(offers.competitionId, options.competitionId),
    eq(offers.status, "draft"),
  );
  const organizationsWithDrafts = union(
    db.select({ id: offers.organizationId }).from(offers).where(drafts),
    db
      .select({ id: offerPartners.organizationId })
      .from(offerPartners)
      .innerJoin(offers, eq(offers.id, offerPartners.offerId))
      .where(drafts),
  );
  const members = db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(inArray(organizationMembers.organizationId, organizationsWithDrafts));
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(inArray(users.id, members))
    .orderBy(asc(users.email));
  return rows.map((r) => ({ ...r, locale: r.locale === "en" ? "en" : "pl" }));
}
