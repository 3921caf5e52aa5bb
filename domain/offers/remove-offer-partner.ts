import { and, eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { offerPartners } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { findOrganizationInTenant, isUuid, requireUserId } from "../organizations/access";
import {
  beginPartnerChange,
  bumpRevision,
  dropSplitRow,
  type PartnerChangeOptions,
  tellPartnerOwners,
} from "./partners";

export interface RemoveOfferPartnerOptions extends PartnerChangeOptions {
  organizationId: unknown;
}

/**
 * Removes a partner from a joint offer: the leading organisation's owners and editors may, until
 * the deadline. The partner's row of the V.C split is dropped in the same transaction (the costs
 * section's version moves on, so an open form of it reports the change); its owners are told.
 */
export async function removeOfferPartner(options: RemoveOfferPartnerOptions): Promise<void> {
  const userId = requireUserId(options.actor);
  await options.db.transaction(async (tx) => {
    const { offer, offerors, competition, now } = await beginPartnerChange(tx, options, userId);
    const organizationId = options.organizationId;
    if (isUuid(organizationId) && organizationId === offer.organizationId)
      throw new AppError("CONFLICT", "offer.error.cannotRemoveLeader");
    if (!isUuid(organizationId) || !offerors.some((o) => !o.leader && o.organizationId === organizationId))
      throw new AppError("NOT_FOUND", "error.notFound");
    await tx
      .delete(offerPartners)
      .where(and(eq(offerPartners.offerId, offer.id), eq(offerPartners.organizationId, organizationId)));
    const costsVersion = await dropSplitRow(tx, offer.id, organizationId, { userId, now });
    await bumpRevision(tx, offer.id, now);
    const partner = await findOrganizationInTenant(tx, options.tenantId, organizationId);
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: "offer.partnerRemoved",
      after: { organizationId, name: partner.name, costsVersion },
    });
    const leader = await findOrganizationInTenant(tx, options.tenantId, offer.organizationId);
    await tellPartnerOwners(tx, options, {
      added: false,
      offerId: offer.id,
      partner,
      leaderName: leader.name,
      competitionTitle: competition.title,
    });
  });
}
