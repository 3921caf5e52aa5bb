import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { offerSections } from "../../platform/db/schema/offers";
import { organizations } from "../../platform/db/schema/organizations";
import { tenants } from "../../platform/db/schema/tenancy";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { addOfferPartner } from "./add-offer-partner";
import { getOfferWorkspace } from "./get-offer-workspace";
import { submitOffer } from "./submit-offer";
import {
  attachTestFile,
  createOfferor,
  createOfferWorld,
  fillOffer,
  type OfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
} from "./testing/factories";

describe("getOfferWorkspace", () => {
  const t = useTestDatabase();

  const workspace = (world: OfferWorld, offerId: string, userId = world.owner.id, at?: string) =>
    getOfferWorkspace({ db: t.db, tenantId: world.tenant.id, userId, clock: offerClock(at), offerId });

  it("addresses section I to the authority of the tenant's settings, else to the tenant's name", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    expect((await workspace(world, offerId)).basics.authority).toBe(world.tenant.name);
    await t.db
      .update(tenants)
      .set({
        settings: sql`coalesce(${tenants.settings}, '{}'::jsonb) || '{"offerAuthority":"Prezydent Miasta Testowa"}'::jsonb`,
      })
      .where(eq(tenants.id, world.tenant.id));
    expect((await workspace(world, offerId)).basics.authority).toBe("Prezydent Miasta Testowa");
  });

  it("shows a new draft: the competition, section I, the live offerors, empty sections and what is missing", async () => {
    const world = await createOfferWorld(t.db, { requiredAttachments: [{ label: "Statut organizacji" }] });
    const offerId = await startTestOffer(t.db, world);
    const w = await workspace(world, offerId);
    expect(w.offer).toMatchObject({ id: offerId, status: "draft", revision: 1 });
    expect(w.competition.id).toBe(world.competitionId);
    expect(w.basics).toMatchObject({ authority: world.tenant.name, competitionId: world.competitionId });
    expect(w.open).toBe(true);
    expect(w.eligible).toBe(true);
    expect(w.offerors.map((o) => o.organizationId)).toEqual([world.organizationId]);
    expect(w.sectionVersions).toEqual({
      offerors: 1,
      task: 1,
      profile: 1,
      costs: 1,
      other: 1,
      declarations: 1,
    });
    expect(w.sections.offerors.contactEmail).toBe(world.owner.email);
    expect(w.issues.completeness.some((i) => i.section === "task" && i.field === "title")).toBe(true);
    expect(w.issues.parameters.map((i) => i.message)).toEqual([
      'offer.error.attachmentMissing|{"label":"Statut organizacji"}',
    ]);
    expect(w.submissions).toEqual([]);
    expect(w.unsubmittedChanges).toBe(false);
    expect(w.can).toEqual({ edit: true, submit: true, withdraw: false, managePartners: true });
    expect(w.role).toBe("owner");
    // Serialisable: no Map survives into the loader's data.
    expect(JSON.parse(JSON.stringify(w.calculation))).toEqual(w.calculation);
  });

  it("computes V, reads the attachments and follows a submission and a later change", async () => {
    const world = await createOfferWorld(t.db, { requiredAttachments: [{ label: "Statut organizacji" }] });
    const offerId = await startTestOffer(t.db, world);
    await fillOffer(t.db, world, offerId);
    await attachTestFile(t.db, offerId, { requirement: "Statut organizacji" });
    const before = await workspace(world, offerId);
    expect(before.calculation).toMatchObject({ total: 2_160_000, admin: 160_000, actions: 2_000_000 });
    expect(before.calculation.byAction).toEqual([[1, 2_000_000]]);
    expect(before.issues).toEqual({ completeness: [], parameters: [] });
    expect(before.attachments).toHaveLength(1);
    const receipt = await submitOffer({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(world.editor),
      clock: offerClock(),
      appUrl: TEST_APP_URL,
      offerId,
    });
    const after = await workspace(world, offerId);
    expect(after.submissions).toEqual([
      {
        number: 1,
        receiptNumber: receipt.receiptNumber,
        checksum: receipt.checksum,
        submittedAt: receipt.submittedAt,
      },
    ]);
    expect(after.unsubmittedChanges).toBe(false);
    expect(after.can).toMatchObject({ submit: false, withdraw: true });
    await fillOffer(t.db, world, offerId, {
      sections: { profile: { experience: "Nowe", resources: "Nowe" } },
    });
    const changed = await workspace(world, offerId);
    expect(changed.unsubmittedChanges).toBe(true);
    expect(changed.can.submit).toBe(true);
  });

  it("falls back to an empty section when stored content no longer parses", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    await t.db
      .update(offerSections)
      .set({ content: { experience: 42, resources: ["?"] } })
      .where(eq(offerSections.offerId, offerId));
    const w = await workspace(world, offerId);
    expect(w.sections.profile).toEqual({ experience: "", resources: "" });
  });

  it("shows live profiles, partners after the leader, and what a viewer or a partner may do", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    const partner = await createOfferor(t.db, world.tenant.id);
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
    await t.db
      .update(organizations)
      .set({ name: "Nowa nazwa" })
      .where(eq(organizations.id, world.organizationId));
    const w = await workspace(world, offerId, partner.editor.id);
    expect(w.offerors.map((o) => [o.name, o.leader])).toEqual([
      ["Nowa nazwa", true],
      [row?.name, false],
    ]);
    expect(w.can).toEqual({ edit: true, submit: true, withdraw: false, managePartners: false });
    expect(w.role).toBe("editor");
    const viewer = await workspace(world, offerId, world.viewer.id);
    expect(viewer.can).toEqual({ edit: false, submit: false, withdraw: false, managePartners: false });
    expect(viewer.role).toBe("viewer");
    const late = await workspace(world, offerId, world.owner.id, "2026-04-10 15:00");
    expect(late.open).toBe(false);
    expect(late.can).toEqual({ edit: false, submit: false, withdraw: false, managePartners: false });
  });

  it("hides the offer from outsiders, other tenants and malformed ids", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    await expectAppError(workspace(world, offerId, world.outsider.id), "FORBIDDEN");
    const other = await createOfferWorld(t.db);
    await expectAppError(workspace(other, offerId, other.owner.id), "NOT_FOUND");
    await expectAppError(workspace(world, "12"), "NOT_FOUND");
  });
});
