import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { offerSections, offers } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { findOrganizationInTenant, membershipOf, personOf, requireUserId } from "../organizations/access";
import { assertOpenForOffers } from "./access";
import { assertCanStartOffer } from "./policy";
import { emptySections, SECTION_KEYS } from "./sections";

export interface StartOfferOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  competitionId: unknown;
  organizationId: unknown;
}

/**
 * An owner or editor of a verified organisation starts an offer in a competition open for offers:
 * the offer and its six sections (II–VII) are created empty, with the person who started it as
 * the contact person of II.2. A legal form the announcement does not name does not stop it here
 * (the formal check decides); the workspace shows `eligible: false`.
 */
export async function startOffer(options: StartOfferOptions): Promise<{ offerId: string }> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const organization = await findOrganizationInTenant(tx, options.tenantId, options.organizationId);
    assertCanStartOffer(await membershipOf(tx, organization.id, userId), organization.status);
    const competition = await getCompetitionParameters({
      db: tx,
      tenantId: options.tenantId,
      competitionId: options.competitionId,
    });
    // A draft competition does not exist outside the office.
    if (competition.status === "draft") throw new AppError("NOT_FOUND", "error.notFound");
    const now = options.clock.now();
    assertOpenForOffers(competition, now);
    const person = await personOf(tx, userId);
    const [offer] = await tx
      .insert(offers)
      .values({
        tenantId: options.tenantId,
        competitionId: competition.id,
        organizationId: organization.id,
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: offers.id });
    if (!offer) throw new Error("offer not created");
    const content = emptySections();
    content.offerors.contactName = person.name;
    content.offerors.contactEmail = person.email;
    await tx.insert(offerSections).values(
      SECTION_KEYS.map((section) => ({
        offerId: offer.id,
        section,
        content: content[section] as Record<string, unknown>,
        updatedBy: userId,
        updatedAt: now,
      })),
    );
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: "offer.started",
      after: { competitionId: competition.id, organizationId: organization.id },
    });
    return { offerId: offer.id };
  });
}
