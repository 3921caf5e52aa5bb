import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "../../platform/db/schema/mail";
import { offerPartners, offers } from "../../platform/db/schema/offers";
import { organizations } from "../../platform/db/schema/organizations";
import { formatNip } from "../../platform/validation/identifiers";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { addOfferPartner, readPartnerIdentifier } from "./add-offer-partner";
import { OFFER_LIMITS } from "./rules";
import {
  auditOfOffer,
  createOfferor,
  createOfferWorld,
  type OfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
} from "./testing/factories";

describe("addOfferPartner", () => {
  const t = useTestDatabase();

  const add = (world: OfferWorld, offerId: string, identifier: unknown, by = world.owner, at?: string) =>
    addOfferPartner({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(by),
      clock: offerClock(at),
      appUrl: TEST_APP_URL,
      offerId,
      identifier,
    });

  const orgRow = async (id: string) =>
    (
      await t.db.select().from(organizations).where(eq(organizations.id, id))
    )[0] as typeof organizations.$inferSelect;

  it("adds a verified organisation found by KRS or by NIP, bumps the revision, audits and tells its owner", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const first = await createOfferor(t.db, world.tenant.id);
    const second = await createOfferor(t.db, world.tenant.id);
    const a = await orgRow(first.organizationId);
    const b = await orgRow(second.organizationId);
    await add(world, offerId, `KRS ${a.krs?.replace(/^0+/, "")}`);
    await add(world, offerId, formatNip(b.nip ?? ""), world.editor);
    const partners = await t.db
      .select()
      .from(offerPartners)
      .where(eq(offerPartners.offerId, offerId))
      .orderBy(offerPartners.position);
    expect(partners.map((p) => p.organizationId)).toEqual([a.id, b.id]);
    expect((await t.db.select().from(offers).where(eq(offers.id, offerId)))[0]?.revision).toBe(3);
    expect((await auditOfOffer(t.db, offerId)).at(-1)).toMatchObject({
      action: "offer.partnerAdded",
      after: { organizationId: b.id },
    });
    const mails = (await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, first.owner.email))).filter(
      (m) => m.template.startsWith("offers."),
    );
    expect(mails.map((m) => m.template)).toEqual(["offers.partnerAdded"]);
    expect(mails[0]?.text).toContain(`${TEST_APP_URL}/panel/oferty/${offerId}`);
  });

  it("refuses an unknown, unverified, already present or other tenant's organisation, with the reason on the field", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const reason = async (identifier: unknown) =>
      (await expectAppError(add(world, offerId, identifier), "VALIDATION")).fieldErrors.identifier;
    expect(await reason("abc")).toEqual(["offer.error.partnerIdentifier"]);
    expect(await reason("9999999999")).toEqual(["offer.error.partnerNotFound"]);
    const pending = await createOfferor(t.db, world.tenant.id, { status: "pending" });
    expect(await reason((await orgRow(pending.organizationId)).krs)).toEqual([
      "offer.error.partnerNotVerified",
    ]);
    expect(await reason((await orgRow(world.organizationId)).nip)).toEqual([
      "offer.error.partnerAlreadyAdded",
    ]);
    const elsewhere = await createOfferWorld(t.db);
    expect(await reason((await orgRow(elsewhere.organizationId)).krs)).toEqual([
      "offer.error.partnerNotFound",
    ]);
  });

  it(`holds at most ${OFFER_LIMITS.maxPartners} partners`, async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    for (let i = 0; i < OFFER_LIMITS.maxPartners; i++) {
      const p = await createOfferor(t.db, world.tenant.id);
      await add(world, offerId, (await orgRow(p.organizationId)).krs);
    }
    const one = await createOfferor(t.db, world.tenant.id);
    const error = await expectAppError(
      add(world, offerId, (await orgRow(one.organizationId)).krs),
      "VALIDATION",
    );
    expect(error.fieldErrors.identifier).toEqual([
      `offer.error.tooManyPartners|{"max":${OFFER_LIMITS.maxPartners}}`,
    ]);
  });

  it("lets only the leader's owners and editors add, and only before the deadline", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const partner = await createOfferor(t.db, world.tenant.id);
    const krs = (await orgRow(partner.organizationId)).krs;
    await expectAppError(add(world, offerId, krs, world.viewer), "FORBIDDEN");
    await expectAppError(
      add(world, offerId, krs, world.owner, "2026-04-10 15:00"),
      "CONFLICT",
      "offer.error.deadlinePassed",
    );
    await add(world, offerId, krs);
    const third = await createOfferor(t.db, world.tenant.id);
    await expectAppError(
      add(world, offerId, (await orgRow(third.organizationId)).krs, partner.owner),
      "FORBIDDEN",
    );
  });

  it("reads a KRS number (padded) and a NIP (checked) from what was typed", () => {
    expect(readPartnerIdentifier("123456")).toEqual({ krs: "0000123456", nip: null });
    expect(readPartnerIdentifier("123-456-32-18")).toEqual({ krs: "1234563218", nip: "1234563218" });
    expect(readPartnerIdentifier("PL1234563218")).toEqual({ krs: null, nip: "1234563218" });
    expect(readPartnerIdentifier("12345678901")).toEqual({ krs: null, nip: null });
    expect(readPartnerIdentifier(42)).toEqual({ krs: null, nip: null });
  });
});
