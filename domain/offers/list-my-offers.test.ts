import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { actorOf } from "../organizations/testing/factories";
import { addOfferPartner } from "./add-offer-partner";
import { listMyOffers } from "./list-my-offers";
import {
  createOfferor,
  createOfferWorld,
  offerClock,
  startTestOffer,
  submittedTestOffer,
  TEST_APP_URL,
} from "./testing/factories";

describe("listMyOffers", () => {
  const t = useTestDatabase();

  it("lists the offers of the person's organisations, as leader or partner, with the latest receipt", async () => {
    const world = await createOfferWorld(t.db);
    const draftId = await startTestOffer(t.db, world);
    const submitted = await submittedTestOffer(t.db, world);
    const partner = await createOfferor(t.db, world.tenant.id);
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, partner.organizationId));
    await addOfferPartner({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(world.owner),
      clock: offerClock(),
      appUrl: TEST_APP_URL,
      offerId: draftId,
      identifier: row?.krs,
    });

    const mine = await listMyOffers({ db: t.db, tenantId: world.tenant.id, userId: world.viewer.id });
    expect(mine).toHaveLength(2);
    const done = mine.find((o) => o.offerId === submitted.offerId);
    expect(done).toMatchObject({
      status: "submitted",
      receiptNumber: submitted.receiptNumber,
      requestedGrant: 1_900_000,
      title: "Opieka wytchnieniowa dla rodzin",
      competitionId: world.competitionId,
      asPartner: false,
    });
    expect(done?.competitionTitle).toMatch(/opieki wytchnieniowej/);
    expect(done?.offerDeadline).toBeInstanceOf(Date);
    expect(mine.find((o) => o.offerId === draftId)).toMatchObject({ status: "draft", receiptNumber: null });

    const asPartner = await listMyOffers({ db: t.db, tenantId: world.tenant.id, userId: partner.viewer.id });
    expect(asPartner.map((o) => [o.offerId, o.asPartner, o.organizationId])).toEqual([
      [draftId, true, world.organizationId],
    ]);
    expect(await listMyOffers({ db: t.db, tenantId: world.tenant.id, userId: world.outsider.id })).toEqual(
      [],
    );
    const other = await createOfferWorld(t.db);
    expect(await listMyOffers({ db: t.db, tenantId: other.tenant.id, userId: world.owner.id })).toEqual([]);
  });
});
