import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { actorOf } from "../organizations/testing/factories";
import { findOfferInTenant, offerorsOf } from "./access";
import { addOfferPartner } from "./add-offer-partner";
import { readOfferors } from "./offer-content";
import {
  addMember,
  createOfferor,
  createOfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
} from "./testing/factories";

describe("readOfferors (offerorsOf in one query)", () => {
  const t = useTestDatabase();

  it("gives the leader first, the partners in the order added, the person's role in each", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const partners = [];
    for (const city of ["Częstochowa", "Kłobuck"]) {
      const partner = await createOfferor(t.db, world.tenant.id, { profile: { city } });
      const [row] = await t.db
        .select()
        .from(organizations)
        .where(eq(organizations.id, partner.organizationId));
      await addOfferPartner({
        db: t.db,
        tenantId: world.tenant.id,
        actor: actorOf(world.owner),
        clock: offerClock(),
        appUrl: TEST_APP_URL,
        offerId,
        identifier: row?.krs,
      });
      partners.push(partner);
    }
    await addMember(t.db, partners[1]!.organizationId, world.editor, "owner");
    const offer = await findOfferInTenant(t.db, world.tenant.id, offerId);
    for (const userId of [world.editor.id, world.outsider.id, partners[0]!.viewer.id, null]) {
      const offerors = await readOfferors(t.db, offer, userId);
      expect(offerors).toEqual(await offerorsOf(t.db, offer, userId));
    }
    expect(await readOfferors(t.db, offer, world.editor.id)).toEqual([
      { organizationId: world.organizationId, leader: true, role: "editor" },
      { organizationId: partners[0]!.organizationId, leader: false, role: null },
      { organizationId: partners[1]!.organizationId, leader: false, role: "owner" },
    ]);
  });
});
