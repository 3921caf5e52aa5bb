import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import {
  assertOpenForOffers,
  bestRole,
  findOfferInTenant,
  isEligibleLegalForm,
  offerorDataOf,
  offerorsOf,
  offerRecipients,
  subjectOf,
} from "./access";
import { addOfferPartner } from "./add-offer-partner";
import {
  addMember,
  createOfferor,
  createOfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
} from "./testing/factories";

describe("offer access helpers", () => {
  const t = useTestDatabase();

  async function joint() {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const partner = await createOfferor(t.db, world.tenant.id, {
      profile: { street: "ul. Krótka 2", postalCode: "42-217", city: "Częstochowa" },
    });
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, partner.organizationId));
    await addOfferPartner({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(world.owner),
      clock: offerClock(),
      appUrl: TEST_APP_URL,
      offerId,
      identifier: row?.krs,
    });
    return { world, offerId, partner };
  }

  it("finds an offer only in its tenant and only by a well-formed id", async () => {
    const { world, offerId } = await joint();
    await expect(findOfferInTenant(t.db, world.tenant.id, offerId)).resolves.toMatchObject({ id: offerId });
    const other = await createOfferWorld(t.db);
    await expectAppError(findOfferInTenant(t.db, other.tenant.id, offerId), "NOT_FOUND");
    await expectAppError(findOfferInTenant(t.db, world.tenant.id, "nie-uuid"), "NOT_FOUND");
    await expectAppError(findOfferInTenant(t.db, world.tenant.id, 42), "NOT_FOUND");
  });

  it("lists the leader first, then the partners, with the person's role in each", async () => {
    const { world, offerId, partner } = await joint();
    const offer = await findOfferInTenant(t.db, world.tenant.id, offerId);
    await addMember(t.db, partner.organizationId, world.editor, "viewer");
    const offerors = await offerorsOf(t.db, offer, world.editor.id);
    expect(offerors).toEqual([
      { organizationId: world.organizationId, leader: true, role: "editor" },
      { organizationId: partner.organizationId, leader: false, role: "viewer" },
    ]);
    expect(subjectOf(offerors)).toEqual({ leaderRole: "editor", partnerRoles: ["viewer"], staffRoles: [] });
    expect(bestRole(offerors)).toBe("editor");
    expect(bestRole(await offerorsOf(t.db, offer, world.outsider.id))).toBeNull();
    const data = await offerorDataOf(t.db, offerors);
    expect(data.map((d) => [d.organizationId, d.leader])).toEqual([
      [world.organizationId, true],
      [partner.organizationId, false],
    ]);
    expect(data[1]).toMatchObject({
      seat: "ul. Krótka 2, 42-217 Częstochowa",
      legalForm: "stowarzyszenie rejestrowe",
      representatives: [{ name: "Jan Kowalski", function: "Prezes zarządu" }],
    });
  });

  it("names each person to tell once: owners and editors of every offeror and the person acting", async () => {
    const { world, partner } = await joint();
    await addMember(t.db, partner.organizationId, world.owner, "editor");
    const people = await offerRecipients(t.db, {
      organizationIds: [world.organizationId, partner.organizationId],
      roles: ["owner", "editor"],
      alsoUserId: world.viewer.id,
    });
    expect(people.map((p) => p.email).sort()).toEqual(
      [world.owner, world.editor, world.viewer, partner.owner, partner.editor].map((u) => u.email).sort(),
    );
  });

  it("is open until the deadline's millisecond, then says the deadline passed", () => {
    const deadline = new Date("2026-04-10T13:00:00.000Z");
    const c = { status: "published" as const, offerDeadline: deadline };
    expect(() => assertOpenForOffers(c, new Date(deadline.getTime() - 1))).not.toThrow();
    expect(() => assertOpenForOffers(c, deadline)).toThrow("offer.error.deadlinePassed");
    expect(() => assertOpenForOffers({ ...c, status: "closed" }, new Date(deadline.getTime() + 1))).toThrow(
      "offer.error.deadlinePassed",
    );
    expect(() => assertOpenForOffers({ ...c, status: "cancelled" }, new Date(0))).toThrow(
      "offer.error.notOpen",
    );
    expect(isEligibleLegalForm([], "foundation")).toBe(true);
    expect(isEligibleLegalForm(["foundation"], "registered_association")).toBe(false);
  });
});
