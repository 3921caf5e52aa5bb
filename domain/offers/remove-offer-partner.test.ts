import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "../../platform/db/schema/mail";
import { offerPartners, offerSections } from "../../platform/db/schema/offers";
import { organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { addOfferPartner } from "./add-offer-partner";
import { removeOfferPartner } from "./remove-offer-partner";
import {
  auditOfOffer,
  completeSections,
  createOfferor,
  createOfferWorld,
  fillOffer,
  type OfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
} from "./testing/factories";

describe("removeOfferPartner", () => {
  const t = useTestDatabase();

  const base = (world: OfferWorld, by = world.owner) => ({
    db: t.db,
    tenantId: world.tenant.id,
    actor: actorOf(by),
    clock: offerClock(),
    appUrl: TEST_APP_URL,
  });

  async function jointOffer() {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const partners = [await createOfferor(t.db, world.tenant.id), await createOfferor(t.db, world.tenant.id)];
    for (const p of partners) {
      const [row] = await t.db.select().from(organizations).where(eq(organizations.id, p.organizationId));
      await addOfferPartner({ ...base(world), offerId, identifier: row?.krs });
    }
    const ids = [world.organizationId, ...partners.map((p) => p.organizationId)];
    await fillOffer(t.db, world, offerId, {
      sections: { costs: completeSections({ offerorIds: ids }).costs },
    });
    return { world, offerId, partners, ids };
  }

  const costsRow = async (offerId: string) =>
    (
      await t.db
        .select()
        .from(offerSections)
        .where(and(eq(offerSections.offerId, offerId), eq(offerSections.section, "costs")))
    )[0];

  it("removes the partner, drops its V.C row in the same transaction (new section version), audits and tells it", async () => {
    const { world, offerId, partners, ids } = await jointOffer();
    const before = await costsRow(offerId);
    const removed = partners[0] as (typeof partners)[number];
    await removeOfferPartner({ ...base(world), offerId, organizationId: removed.organizationId });
    const left = await t.db.select().from(offerPartners).where(eq(offerPartners.offerId, offerId));
    expect(left.map((p) => p.organizationId)).toEqual([ids[2]]);
    const after = await costsRow(offerId);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    const content = after?.content as { split: { organizationId: string }[]; rows: unknown[] };
    expect(content.split.map((r) => r.organizationId)).toEqual([ids[0], ids[2]]);
    expect(content.rows).toHaveLength(2);
    expect((await auditOfOffer(t.db, offerId)).at(-1)).toMatchObject({
      action: "offer.partnerRemoved",
      after: { organizationId: removed.organizationId, costsVersion: after?.version },
    });
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, removed.owner.email));
    expect(mails.map((m) => m.template).filter((n) => n.startsWith("offers."))).toEqual([
      "offers.partnerAdded",
      "offers.partnerRemoved",
    ]);
  });

  it("leaves the costs section alone when the partner had no V.C row", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const p = await createOfferor(t.db, world.tenant.id);
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, p.organizationId));
    await addOfferPartner({ ...base(world), offerId, identifier: row?.nip });
    await removeOfferPartner({ ...base(world), offerId, organizationId: p.organizationId });
    expect((await costsRow(offerId))?.version).toBe(1);
  });

  it("refuses removing the leader, a non-partner, and anyone but the leader's owners and editors", async () => {
    const { world, offerId, partners } = await jointOffer();
    const partner = partners[1] as (typeof partners)[number];
    await expectAppError(
      removeOfferPartner({ ...base(world), offerId, organizationId: world.organizationId }),
      "CONFLICT",
      "offer.error.cannotRemoveLeader",
    );
    await expectAppError(
      removeOfferPartner({ ...base(world), offerId, organizationId: world.tenant.id }),
      "NOT_FOUND",
    );
    await expectAppError(removeOfferPartner({ ...base(world), offerId, organizationId: "x" }), "NOT_FOUND");
    await expectAppError(
      removeOfferPartner({ ...base(world, partner.owner), offerId, organizationId: partner.organizationId }),
      "FORBIDDEN",
    );
    await expectAppError(
      removeOfferPartner({ ...base(world, world.viewer), offerId, organizationId: partner.organizationId }),
      "FORBIDDEN",
    );
  });
});
