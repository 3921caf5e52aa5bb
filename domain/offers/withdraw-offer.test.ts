import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "../../platform/db/schema/mail";
import { offers, offerVersions } from "../../platform/db/schema/offers";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { submitOffer } from "./submit-offer";
import {
  auditOfOffer,
  createOfferWorld,
  fillOffer,
  type OfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
} from "./testing/factories";
import { withdrawOffer } from "./withdraw-offer";

describe("withdrawOffer", () => {
  const t = useTestDatabase();

  const withdraw = (world: OfferWorld, offerId: string, by = world.owner, at?: string) =>
    withdrawOffer({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(by),
      clock: offerClock(at),
      appUrl: TEST_APP_URL,
      offerId,
    });

  async function submitted(world: OfferWorld) {
    const offerId = await startTestOffer(t.db, world);
    await fillOffer(t.db, world, offerId);
    await submitOffer({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(world.owner),
      clock: offerClock(),
      appUrl: TEST_APP_URL,
      offerId,
    });
    return offerId;
  }

  it("withdraws a submitted offer, keeps its versions, audits it and tells the owners and editors", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await submitted(world);
    await withdraw(world, offerId, world.editor);
    const [row] = await t.db.select().from(offers).where(eq(offers.id, offerId));
    expect(row).toMatchObject({ status: "withdrawn" });
    expect(row?.withdrawnAt?.toISOString()).toBe(offerClock().now().toISOString());
    expect(await t.db.select().from(offerVersions).where(eq(offerVersions.offerId, offerId))).toHaveLength(1);
    expect((await auditOfOffer(t.db, offerId)).at(-1)).toMatchObject({
      action: "offer.withdrawn",
      before: { status: "submitted" },
    });
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.template, "offers.withdrawn"));
    expect(mails.map((m) => m.to).sort()).toEqual([world.owner.email, world.editor.email].sort());
    expect(mails[0]?.text).toContain(world.editor.name);
  });

  it("refuses a draft, a second withdrawal, viewers, and anything after the deadline", async () => {
    const world = await createOfferWorld(t.db);
    const draft = await startTestOffer(t.db, world);
    await expectAppError(withdraw(world, draft), "CONFLICT", "offer.error.wrongStatus");
    const offerId = await submitted(world);
    await expectAppError(withdraw(world, offerId, world.viewer), "FORBIDDEN");
    await expectAppError(
      withdraw(world, offerId, world.owner, "2026-04-10 15:00"),
      "CONFLICT",
      "offer.error.deadlinePassed",
    );
    await withdraw(world, offerId);
    await expectAppError(withdraw(world, offerId), "CONFLICT", "offer.error.wrongStatus");
  });
});
