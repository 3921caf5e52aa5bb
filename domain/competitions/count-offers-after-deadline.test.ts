import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import {
  createOfferor,
  createOfferWorld,
  offerClock,
  startTestOffer,
  submittedTestOffer,
  TEST_APP_URL,
} from "../offers/testing/factories";
import { withdrawOffer } from "../offers/withdraw-offer";
import { actorOf } from "../organizations/testing/factories";
import { countOffersAfterDeadline } from "./count-offers-after-deadline";
import { createPublished } from "./testing/factories";

describe("countOffersAfterDeadline", () => {
  const t = useTestDatabase();

  it("counts submitted offers per competition, leaving out drafts and withdrawn offers, every id present", async () => {
    const world = await createOfferWorld(t.db);
    const empty = await createPublished(t.db, world);
    await startTestOffer(t.db, world);
    await submittedTestOffer(t.db, world);
    const second = await createOfferor(t.db, world.tenant.id);
    await submittedTestOffer(t.db, { ...world, ...second });
    const withdrawn = await submittedTestOffer(t.db, world);
    await withdrawOffer({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(world.owner),
      clock: offerClock(),
      appUrl: TEST_APP_URL,
      offerId: withdrawn.offerId,
    });
    const counts = await countOffersAfterDeadline(t.db, { competitionIds: [world.competitionId, empty] });
    expect(counts).toEqual(
      new Map([
        [world.competitionId, 2],
        [empty, 0],
      ]),
    );
    expect(await countOffersAfterDeadline(t.db, { competitionIds: [] })).toEqual(new Map());
  });
});
