import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { competitions } from "../../platform/db/schema/competitions";
import { offerSections, offers } from "../../platform/db/schema/offers";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { getOfferWorkspace } from "./get-offer-workspace";
import { SECTION_KEYS } from "./sections";
import { startOffer } from "./start-offer";
import {
  auditOfOffer,
  createOfferor,
  createOfferWorld,
  type OfferWorld,
  offerClock,
  startTestOffer,
} from "./testing/factories";

describe("startOffer", () => {
  const t = useTestDatabase();

  const start = (
    world: OfferWorld,
    by = world.owner,
    extra: Partial<Parameters<typeof startOffer>[0]> = {},
  ) =>
    startOffer({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(by),
      clock: offerClock(),
      competitionId: world.competitionId,
      organizationId: world.organizationId,
      ...extra,
    });

  it("creates the offer and its six sections with the starter as the contact person, and audits it", async () => {
    const world = await createOfferWorld(t.db);
    const { offerId } = await start(world, world.editor);
    const [offer] = await t.db.select().from(offers).where(eq(offers.id, offerId));
    expect(offer).toMatchObject({ status: "draft", revision: 1, organizationId: world.organizationId });
    const sections = await t.db.select().from(offerSections).where(eq(offerSections.offerId, offerId));
    expect(sections.map((s) => s.section).sort()).toEqual([...SECTION_KEYS].sort());
    expect(sections.every((s) => s.version === 1)).toBe(true);
    const contact = sections.find((s) => s.section === "offerors")?.content;
    expect(contact).toMatchObject({ contactName: world.editor.name, contactEmail: world.editor.email });
    expect((await auditOfOffer(t.db, offerId)).map((a) => a.action)).toEqual(["offer.started"]);
  });

  it("refuses viewers and outsiders, and organisations not yet verified", async () => {
    const world = await createOfferWorld(t.db);
    await expectAppError(start(world, world.viewer), "FORBIDDEN");
    await expectAppError(start(world, world.outsider), "FORBIDDEN");
    for (const status of ["pending", "rejected"] as const) {
      const other = await createOfferor(t.db, world.tenant.id, { status });
      await expectAppError(
        start(world, other.owner, { organizationId: other.organizationId }),
        "CONFLICT",
        "offer.error.orgNotVerified",
      );
    }
  });

  it("refuses after the deadline and in a competition that is not open; hides drafts and other tenants", async () => {
    const world = await createOfferWorld(t.db);
    await expectAppError(
      start(world, world.owner, { clock: offerClock("2026-04-10 15:00") }),
      "CONFLICT",
      "offer.error.deadlinePassed",
    );
    await t.db
      .update(competitions)
      .set({ status: "cancelled" })
      .where(eq(competitions.id, world.competitionId));
    await expectAppError(start(world), "CONFLICT", "offer.error.notOpen");
    await t.db.update(competitions).set({ status: "draft" }).where(eq(competitions.id, world.competitionId));
    await expectAppError(start(world), "NOT_FOUND");
    const other = await createOfferWorld(t.db);
    await expectAppError(start(world, world.owner, { competitionId: other.competitionId }), "NOT_FOUND");
    await expectAppError(start(world, world.owner, { organizationId: "nope" }), "NOT_FOUND");
  });

  it("lets an organisation of a legal form the announcement does not name start, flagged as not eligible", async () => {
    const world = await createOfferWorld(t.db, { eligibleLegalForms: ["foundation"] });
    const offerId = await startTestOffer(t.db, world);
    const workspace = await getOfferWorkspace({
      db: t.db,
      tenantId: world.tenant.id,
      userId: world.owner.id,
      clock: offerClock(),
      offerId,
    });
    expect(workspace.eligible).toBe(false);
    const foundation = await createOfferor(t.db, world.tenant.id, { profile: { legalForm: "foundation" } });
    const second = await startTestOffer(t.db, world, {
      by: foundation.owner,
      organizationId: foundation.organizationId,
    });
    const ok = await getOfferWorkspace({
      db: t.db,
      tenantId: world.tenant.id,
      userId: foundation.owner.id,
      clock: offerClock(),
      offerId: second,
    });
    expect(ok.eligible).toBe(true);
  });
});
