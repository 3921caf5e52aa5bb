import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { competitions } from "../../platform/db/schema/competitions";
import { offerSections, offers } from "../../platform/db/schema/offers";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { saveOfferSection } from "./save-offer-section";
import type { SectionKey } from "./sections";
import {
  auditOfOffer,
  completeSections,
  createOfferWorld,
  type OfferWorld,
  offerClock,
  startTestOffer,
} from "./testing/factories";

describe("saveOfferSection", () => {
  const t = useTestDatabase();

  function save(
    world: OfferWorld,
    offerId: string,
    section: SectionKey,
    content: unknown,
    options: { expectedVersion?: number; by?: OfferWorld["owner"]; at?: string } = {},
  ) {
    return saveOfferSection({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(options.by ?? world.owner),
      clock: offerClock(options.at),
      offerId,
      section,
      expectedVersion: options.expectedVersion ?? 1,
      content,
    });
  }

  const offerRow = async (id: string) => (await t.db.select().from(offers).where(eq(offers.id, id)))[0];

  it("saves a section, bumps its version and the offer's revision, keeps the title and amounts, audits without content", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const sections = completeSections();
    expect(await save(world, offerId, "task", sections.task)).toEqual({ version: 2, revision: 2 });
    expect(await save(world, offerId, "costs", sections.costs, { by: world.editor })).toEqual({
      version: 2,
      revision: 3,
    });
    expect(await offerRow(offerId)).toMatchObject({
      title: "Opieka wytchnieniowa dla rodzin",
      totalCost: 2_160_000,
      requestedGrant: 1_900_000,
      revision: 3,
    });
    const [costs] = await t.db
      .select()
      .from(offerSections)
      .where(and(eq(offerSections.offerId, offerId), eq(offerSections.section, "costs")));
    expect(costs).toMatchObject({ version: 2, updatedBy: world.editor.id });
    const stored = costs?.content as { rows: { units: number }[] };
    expect(stored.rows[0]?.units).toBe(40_000);
    const audit = (await auditOfOffer(t.db, offerId)).filter((a) => a.action === "offer.sectionSaved");
    expect(audit.map((a) => a.after)).toEqual([
      { section: "task", version: 2 },
      { section: "costs", version: 2 },
    ]);
  });

  it("reads form input (Polish money, units, rows keyed by index) and reports errors by field path", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    await save(world, offerId, "costs", {
      rows: { "0": { action: "1", name: "Sala", unit: "godz.", unitCost: "1 234,56", units: "2,5" } },
      sources: { grant: "3 000" },
    });
    expect(await offerRow(offerId)).toMatchObject({ totalCost: 308_640, requestedGrant: 300_000 });
    const error = await expectAppError(
      save(
        world,
        offerId,
        "costs",
        { rows: [{ name: "Sala" }, { name: "<b>x</b>", unitCost: "abc", units: "1,234" }] },
        { expectedVersion: 2 },
      ),
      "VALIDATION",
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["rows.1.name", "rows.1.unitCost", "rows.1.units"]);
    expect((await offerRow(offerId))?.revision).toBe(2);
  });

  it("gives a stale save a conflict naming who changed the section and when", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    await save(
      world,
      offerId,
      "profile",
      { experience: "Pierwsza wersja", resources: "" },
      { by: world.editor },
    );
    const error = await expectAppError(
      save(world, offerId, "profile", { experience: "Druga wersja", resources: "" }),
      "CONFLICT",
      "offer.error.sectionChanged",
    );
    expect(error.details).toMatchObject({ currentVersion: 2, updatedBy: world.editor.name });
    expect(typeof error.details.updatedAt).toBe("string");
    // Another section is not in the way.
    await expect(save(world, offerId, "other", { otherInfo: "Inne" })).resolves.toEqual({
      version: 2,
      revision: 3,
    });
  });

  it("lets exactly one of two simultaneous saves of the same section through", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const results = await Promise.allSettled([
      save(world, offerId, "profile", { experience: "Wersja A" }),
      save(world, offerId, "profile", { experience: "Wersja B" }, { by: world.editor }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT", messageKey: "offer.error.sectionChanged" });
    expect((await offerRow(offerId))?.revision).toBe(2);
  });

  it("treats the same content again as no change, even from a stale form", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const content = { experience: "Doświadczenie", resources: "Zasoby" };
    await save(world, offerId, "profile", content);
    expect(await save(world, offerId, "profile", content, { expectedVersion: 2 })).toEqual({
      version: 2,
      revision: 2,
    });
    expect(await save(world, offerId, "profile", { ...content }, { expectedVersion: 1 })).toEqual({
      version: 2,
      revision: 2,
    });
    expect((await auditOfOffer(t.db, offerId)).filter((a) => a.action === "offer.sectionSaved")).toHaveLength(
      1,
    );
  });

  it("refuses after the deadline (to the millisecond) and when the competition is no longer published", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    await expectAppError(
      save(world, offerId, "profile", { experience: "x" }, { at: "2026-04-10 15:00" }),
      "CONFLICT",
      "offer.error.deadlinePassed",
    );
    await expect(
      save(world, offerId, "profile", { experience: "x" }, { at: "2026-04-10 14:59" }),
    ).resolves.toEqual({
      version: 2,
      revision: 2,
    });
    await t.db
      .update(competitions)
      .set({ status: "cancelled" })
      .where(eq(competitions.id, world.competitionId));
    await expectAppError(
      save(world, offerId, "profile", { experience: "y" }, { expectedVersion: 2 }),
      "CONFLICT",
      "offer.error.notOpen",
    );
  });

  it("refuses viewers, outsiders, other tenants and unknown sections", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    await expectAppError(save(world, offerId, "profile", {}, { by: world.viewer }), "FORBIDDEN");
    await expectAppError(save(world, offerId, "profile", {}, { by: world.outsider }), "FORBIDDEN");
    const other = await createOfferWorld(t.db);
    await expectAppError(save(other, offerId, "profile", {}, { by: other.owner }), "NOT_FOUND");
    await expectAppError(save(world, offerId, "basics" as SectionKey, {}), "NOT_FOUND");
    await expectAppError(save(world, "x'; drop table offers; --", "profile", {}), "NOT_FOUND");
  });
});
