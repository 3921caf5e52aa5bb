import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { addOfferPartner } from "./add-offer-partner";
import { listCompetitionOffers } from "./list-competition-offers";
import { submitOffer } from "./submit-offer";
import {
  completeSections,
  createOfferor,
  createOfferWorld,
  fillOffer,
  offerClock,
  startTestOffer,
  submittedTestOffer,
  TEST_APP_URL,
} from "./testing/factories";
import { withdrawOffer } from "./withdraw-offer";

describe("listCompetitionOffers", () => {
  const t = useTestDatabase();

  it("lists offers submitted at least once from their latest submitted version, never drafts, with totals", async () => {
    const world = await createOfferWorld(t.db);
    const base = { db: t.db, tenantId: world.tenant.id, clock: offerClock(), appUrl: TEST_APP_URL };
    await startTestOffer(t.db, world);
    const first = await submittedTestOffer(t.db, world);
    // Changed after submission: the office still sees the submitted figures.
    await fillOffer(t.db, world, first.offerId, {
      sections: { task: { ...completeSections().task, title: "Zmieniony, niezłożony tytuł" } },
    });
    // A joint offer.
    const partner = await createOfferor(t.db, world.tenant.id);
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, partner.organizationId));
    const joint = await startTestOffer(t.db, world);
    await addOfferPartner({ ...base, actor: actorOf(world.owner), offerId: joint, identifier: row?.krs });
    await fillOffer(t.db, world, joint, {
      sections: completeSections({ offerorIds: [world.organizationId, partner.organizationId] }),
    });
    const jointReceipt = await submitOffer({ ...base, actor: actorOf(world.owner), offerId: joint });
    const withdrawn = await submittedTestOffer(t.db, world);
    await withdrawOffer({ ...base, actor: actorOf(world.owner), offerId: withdrawn.offerId });

    const list = await listCompetitionOffers({
      db: t.db,
      tenantId: world.tenant.id,
      staffRoles: world.officer.staffRoles,
      competitionId: world.competitionId,
    });
    expect(list.offers).toHaveLength(3);
    expect(list.offers.find((o) => o.offerId === first.offerId)).toMatchObject({
      status: "submitted",
      title: "Opieka wytchnieniowa dla rodzin",
      receiptNumber: first.receiptNumber,
      versionNumber: 1,
      totalCost: 2_160_000,
      requestedGrant: 1_900_000,
      ownContribution: 260_000,
    });
    expect(list.offers.find((o) => o.offerId === joint)).toMatchObject({
      receiptNumber: jointReceipt.receiptNumber,
      organizations: [expect.any(String), row?.name],
    });
    expect(list.offers.find((o) => o.offerId === withdrawn.offerId)?.status).toBe("withdrawn");
    expect(list.totals).toEqual({
      count: 2,
      withdrawn: 1,
      totalCost: 4_320_000,
      requestedGrant: 3_800_000,
      ownContribution: 520_000,
    });
  });

  it("is for the office of the competition's department, a coordinator and an administrator", async () => {
    const world = await createOfferWorld(t.db);
    const list = (staffRoles: typeof world.officer.staffRoles) =>
      listCompetitionOffers({
        db: t.db,
        tenantId: world.tenant.id,
        staffRoles,
        competitionId: world.competitionId,
      });
    await expect(list(world.coordinator.staffRoles)).resolves.toMatchObject({ offers: [] });
    await expect(list(world.admin.staffRoles)).resolves.toMatchObject({ totals: { count: 0 } });
    await expectAppError(list(world.otherOfficer.staffRoles), "FORBIDDEN");
    await expectAppError(list([]), "FORBIDDEN");
  });
});
