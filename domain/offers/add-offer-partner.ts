import { and, eq, or, sql } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { offerPartners } from "../../platform/db/schema/offers";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import {
  isValidNip,
  normalizeKrs,
  normalizeNip,
  stripSeparators,
} from "../../platform/validation/identifiers";
import { findOrganizationInTenant, requireUserId } from "../organizations/access";
import { beginPartnerChange, bumpRevision, type PartnerChangeOptions, tellPartnerOwners } from "./partners";
import { OFFER_LIMITS } from "./rules";

export interface AddOfferPartnerOptions extends PartnerChangeOptions {
  /** The partner's KRS number or NIP, as typed. */
  identifier: unknown;
}

function fieldError(message: string): AppError {
  return new AppError("VALIDATION", "error.validation", { fieldErrors: { identifier: [message] } });
}

/** A KRS number (up to 10 digits, zero-padded) and/or a NIP (10 digits with a valid check digit) read from what was typed. */
export function readPartnerIdentifier(raw: unknown): { krs: string | null; nip: string | null } {
  if (typeof raw !== "string" || raw.length > 64) return { krs: null, nip: null };
  const compact = stripSeparators(raw).replace(/^KRS/i, "");
  const nip = isValidNip(compact) ? normalizeNip(compact) : null;
  const krs = /^\d{1,10}$/.test(compact) ? normalizeKrs(compact) : null;
  return { krs, nip };
}

/**
 * Makes the offer a joint offer (oferta wspólna, UDPP art. 14 ust. 2) with one more partner, found
 * by its KRS number or NIP: a verified organisation of the tenant, not yet an offeror, within
 * OFFER_LIMITS.maxPartners. Only the leading organisation's owners and editors may; the partner's
 * owners are told by mail.
 */
export async function addOfferPartner(options: AddOfferPartnerOptions): Promise<{ organizationId: string }> {
  const userId = requireUserId(options.actor);
  const { krs, nip } = readPartnerIdentifier(options.identifier);
  if (!krs && !nip) throw fieldError("offer.error.partnerIdentifier");
  return options.db.transaction(async (tx) => {
    const { offer, offerors, competition, now } = await beginPartnerChange(tx, options, userId);
    const matches = [krs ? eq(organizations.krs, krs) : null, nip ? eq(organizations.nip, nip) : null].filter(
      (c) => c !== null,
    );
    const found = await tx
      .select({
        id: organizations.id,
        name: organizations.name,
        status: organizations.status,
        krs: organizations.krs,
      })
      .from(organizations)
      .where(and(eq(organizations.tenantId, options.tenantId), or(...matches)))
      .limit(2);
    // A 10-digit number that is a KRS of one organisation and the NIP of another: the KRS wins.
    const partner = found.find((o) => krs !== null && o.krs === krs) ?? found[0];
    if (!partner) throw fieldError("offer.error.partnerNotFound");
    if (offerors.some((o) => o.organizationId === partner.id))
      throw fieldError("offer.error.partnerAlreadyAdded");
    if (partner.status !== "verified") throw fieldError("offer.error.partnerNotVerified");
    if (offerors.length - 1 >= OFFER_LIMITS.maxPartners)
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: {
          identifier: [`offer.error.tooManyPartners|${JSON.stringify({ max: OFFER_LIMITS.maxPartners })}`],
        },
      });
    await tx.insert(offerPartners).values({
      offerId: offer.id,
      organizationId: partner.id,
      position: sql`(select coalesce(max(${offerPartners.position}), 0) + 1 from ${offerPartners} where ${offerPartners.offerId} = ${offer.id})`,
      addedBy: userId,
      createdAt: now,
    });
    await bumpRevision(tx, offer.id, now);
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: "offer.partnerAdded",
      after: { organizationId: partner.id, name: partner.name },
    });
    const leader = await findOrganizationInTenant(tx, options.tenantId, offer.organizationId);
    await tellPartnerOwners(tx, options, {
      added: true,
      offerId: offer.id,
      partner,
      leaderName: leader.name,
      competitionTitle: competition.title,
    });
    return { organizationId: partner.id };
  });
}
