import { and, desc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { offerPartners, offers, offerVersions } from "../../platform/db/schema/offers";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";
import type { OfferStatus } from "./rules";

export interface MyOffer {
  offerId: string;
  status: OfferStatus;
  title: string;
  totalCost: number;
  requestedGrant: number;
  updatedAt: Date;
  /** The leading organisation. */
  organizationId: string;
  organizationName: string;
  /** True when the person's organisation takes part as a partner, not as the leader. */
  asPartner: boolean;
  competitionId: string;
  competitionTitle: string;
  offerDeadline: Date | null;
  /** The latest submission's receipt, or null for a draft never submitted. */
  receiptNumber: string | null;
  submittedAt: Date | null;
}

/**
 * The offers of every organisation the person belongs to, as leader or partner, newest deadline
 * first: one query (the competition's title and deadline are joined for the list, not its rules).
 */
export async function listMyOffers(options: {
  db: Db;
  tenantId: string;
  userId: string;
}): Promise<MyOffer[]> {
  const { db, userId } = options;
  const myOrganizations = db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, userId));
  const asPartnerOf = db
    .select({ id: offerPartners.offerId })
    .from(offerPartners)
    .where(inArray(offerPartners.organizationId, myOrganizations));
  const rows = await db
    .select({
      offerId: offers.id,
      status: offers.status,
      title: offers.title,
      totalCost: offers.totalCost,
      requestedGrant: offers.requestedGrant,
      updatedAt: offers.updatedAt,
      organizationId: offers.organizationId,
      organizationName: organizations.name,
      competitionId: competitions.id,
      competitionTitle: competitions.title,
      offerDeadline: competitions.offerDeadline,
      receiptNumber: offerVersions.receiptNumber,
      submittedAt: offerVersions.submittedAt,
      leaderMember: organizationMembers.role,
    })
    .from(offers)
    .innerJoin(competitions, eq(competitions.id, offers.competitionId))
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .leftJoin(offerVersions, eq(offerVersions.id, offers.submittedVersionId))
    .leftJoin(
      organizationMembers,
      and(
        eq(organizationMembers.organizationId, offers.organizationId),
        eq(organizationMembers.userId, userId),
      ),
    )
    .where(
      and(
        eq(offers.tenantId, options.tenantId),
        or(inArray(offers.organizationId, myOrganizations), inArray(offers.id, asPartnerOf)),
      ),
    )
    .orderBy(desc(competitions.offerDeadline), desc(offers.createdAt));
  return rows.map(({ leaderMember, ...row }) => ({ ...row, asPartner: leaderMember === null }));
}
