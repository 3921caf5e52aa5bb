import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { addOfferPartner } from "../offers/add-offer-partner";
import {
  createOfferor,
  createOfferWorld,
  offerClock,
  startTestOffer,
  submittedTestOffer,
  TEST_APP_URL,
} from "../offers/testing/factories";
import { actorOf } from "../organizations/testing/factories";
import { listDraftOfferRecipients } from "./list-draft-offer-recipients";

describe("listDraftOfferRecipients", () => {
  const t = useTestDatabase();

  it("names every member of every offeror of a draft offer once, and nobody of submitted offers", async () => {
    const world = await createOfferWorld(t.db);
    const list = () =>
      listDraftOfferRecipients(t.db, { tenantId: world.tenant.id, competitionId: world.competitionId });
    expect(await list()).toEqual([]);
    const submitted = await createOfferor(t.db, world.tenant.id);
    await submittedTestOffer(t.db, { ...world, ...submitted });
    expect(await list()).toEqual([]);

    const draft = await startTestOffer(t.db, world);
    await startTestOffer(t.db, world, { by: world.editor });
    const partner = await createOfferor(t.db, world.tenant.id);
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, partner.organizationId));
    await addOfferPartner({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(world.owner),
      clock: offerClock(),
      appUrl: TEST_APP_URL,
      offerId: draft,
      identifier: row?.krs,
    });
    const people = await list();
    expect(people.map((p) => p.email).sort()).toEqual(
      [world.owner, world.editor, world.viewer, partner.owner, partner.editor, partner.viewer]
        .map((u) => u.email)
        .sort(),
    );
    expect(people[0]).toMatchObject({ locale: "pl" });
    expect(
      await listDraftOfferRecipients(t.db, { tenantId: world.tenant.id, competitionId: world.tenant.id }),
    ).toEqual([]);
  });
});
