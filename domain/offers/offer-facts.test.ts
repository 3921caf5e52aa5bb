import { describe, expect, it } from "vitest";
import { offerPartners } from "../../platform/db/schema/offers";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { assertOfferorMember, offerorsOf } from "./access";
import { readOfferFacts } from "./offer-facts";
import { createOfferor, createOfferWorld, startTestOffer } from "./testing/factories";

describe("the offer's facts in one statement", () => {
  const t = useTestDatabase();

  async function jointOffer() {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const partner = await createOfferor(t.db, world.tenant.id);
    const stranger = await createOfferor(t.db, world.tenant.id);
    await t.db.insert(offerPartners).values({ offerId, organizationId: partner.organizationId, position: 1 });
    return { world, offerId, partner, stranger };
  }

  it("gives the offer, the offerors with each person's role (as offerorsOf) and the competition", async () => {
    const { world, offerId, partner, stranger } = await jointOffer();
    for (const user of [world.owner, world.viewer, partner.editor, stranger.owner, world.outsider]) {
      const facts = await readOfferFacts(t.db, { tenantId: world.tenant.id, offerId, userId: user.id });
      expect(facts.offer.id).toBe(offerId);
      expect(facts.competition.id).toBe(world.competitionId);
      expect(facts.competition.legalBasis.code).toBeTruthy();
      expect(facts.offerors).toEqual(
        await offerorsOf(t.db, { id: offerId, organizationId: world.organizationId }, user.id),
      );
    }
    const asPartner = await readOfferFacts(t.db, {
      tenantId: world.tenant.id,
      offerId,
      userId: partner.editor.id,
    });
    expect(asPartner.offerors).toEqual([
      { organizationId: world.organizationId, leader: true, role: null },
      { organizationId: partner.organizationId, leader: false, role: "editor" },
    ]);
  });

  it("is NOT_FOUND for another tenant's offer and a malformed id, with or without the lock", async () => {
    const { world, offerId } = await jointOffer();
    const other = await createOfferWorld(t.db);
    await expectAppError(
      readOfferFacts(t.db, { tenantId: other.tenant.id, offerId, userId: world.owner.id }),
      "NOT_FOUND",
    );
    await expectAppError(
      t.db.transaction((tx) =>
        readOfferFacts(tx, { tenantId: world.tenant.id, offerId: "1 or 1=1", userId: null, forUpdate: true }),
      ),
      "NOT_FOUND",
    );
    const locked = await t.db.transaction((tx) =>
      readOfferFacts(tx, { tenantId: world.tenant.id, offerId, userId: null, forUpdate: true }),
    );
    expect(locked.offerors.map((o) => o.role)).toEqual([null, null]);
  });

  it("lets the members of the leader and of a partner through the gate, and nobody else", async () => {
    const { world, offerId, partner, stranger } = await jointOffer();
    const gate = (userId: string, tenantId = world.tenant.id) =>
      assertOfferorMember(t.db, tenantId, offerId, userId);
    await gate(world.viewer.id);
    await gate(partner.owner.id);
    await expectAppError(gate(stranger.owner.id), "FORBIDDEN");
    await expectAppError(gate(world.outsider.id), "FORBIDDEN");
    const other = await createOfferWorld(t.db);
    await expectAppError(gate(world.owner.id, other.tenant.id), "NOT_FOUND");
  });
});
