import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Clock } from "../../platform/clock/clock";
import { mailOutbox } from "../../platform/db/schema/mail";
import { offers, offerVersions } from "../../platform/db/schema/offers";
import { warsawLocalToInstant } from "../../platform/format/dates";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { offerChecksum } from "./checksum.server";
import type { OfferDocument } from "./document";
import { submitOffer } from "./submit-offer";
import {
  auditOfOffer,
  completeSections,
  createOfferWorld,
  fillOffer,
  type OfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
} from "./testing/factories";
import { withdrawOffer } from "./withdraw-offer";

describe("submitOffer", () => {
  const t = useTestDatabase();

  function submit(
    world: OfferWorld,
    offerId: string,
    options: { by?: OfferWorld["owner"]; clock?: Clock } = {},
  ) {
    return submitOffer({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(options.by ?? world.owner),
      clock: options.clock ?? offerClock(),
      appUrl: TEST_APP_URL,
      offerId,
    });
  }

  async function readyOffer(world: OfferWorld) {
    const offerId = await startTestOffer(t.db, world);
    await fillOffer(t.db, world, offerId);
    return offerId;
  }

  const versionsOf = (offerId: string) =>
    t.db
      .select()
      .from(offerVersions)
      .where(eq(offerVersions.offerId, offerId))
      .orderBy(asc(offerVersions.number));
  const offerRow = async (id: string) => (await t.db.select().from(offers).where(eq(offers.id, id)))[0];
  const submittedMails = (offerId: string) =>
    t.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.template, "offers.submitted")))
      .then((rows) => rows.filter((m) => m.text.includes(offerId)));

  it("freezes the document with its checksum and receipt, audits it and mails the owners and editors with the PDF", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await readyOffer(world);
    const result = await submit(world, offerId, { by: world.editor });
    expect(result).toMatchObject({ number: 1, repeated: false });
    expect(result.receiptNumber).toMatch(/^OF\/2026\/\d{6}$/);
    const [version] = await versionsOf(offerId);
    const document = version?.content as unknown as OfferDocument;
    expect(offerChecksum(document)).toBe(result.checksum);
    expect(version).toMatchObject({ revision: 7, replacesVersionId: null, submittedBy: world.editor.id });
    expect(document.offerors).toHaveLength(1);
    expect(document.offerors[0]).toMatchObject({
      organizationId: world.organizationId,
      seat: "ul. Jasnogórska 1, 42-200 Częstochowa",
      legalForm: "stowarzyszenie rejestrowe",
      leader: true,
    });
    expect(document.basics).toMatchObject({
      authority: world.tenant.name,
      competitionId: world.competitionId,
    });
    expect(document.basics.taskType).toMatch(/^pomoc społeczna/);
    expect(document.calculation).toMatchObject({ total: 2_160_000, own: 260_000, unallocated: 0 });
    expect(await offerRow(offerId)).toMatchObject({
      status: "submitted",
      submittedVersionId: result.versionId,
      totalCost: 2_160_000,
    });
    expect((await auditOfOffer(t.db, offerId)).at(-1)).toMatchObject({
      action: "offer.submitted",
      after: { receiptNumber: result.receiptNumber, checksum: result.checksum, number: 1 },
    });
    const mails = await submittedMails(offerId);
    expect(mails.map((m) => m.to).sort()).toEqual([world.owner.email, world.editor.email].sort());
    const mail = mails[0];
    expect(mail?.attachments).toEqual([
      {
        kind: "offer-version-pdf",
        id: result.versionId,
        filename: `oferta-${result.receiptNumber.replaceAll("/", "-")}.pdf`,
        contentType: "application/pdf",
      },
    ]);
    expect(mail?.text).toContain(result.receiptNumber);
    expect(mail?.text).toContain(result.checksum.slice(0, 8).toUpperCase());
    expect(mail?.text).toContain("25.03.2026, 10:00");
    expect(mail?.text).toContain(`${TEST_APP_URL}/panel/oferty/${offerId}`);
  });

  it("refuses an incomplete offer with the issues by section and field, writing nothing", async () => {
    const world = await createOfferWorld(t.db, { requiredAttachments: [{ label: "Statut organizacji" }] });
    const offerId = await startTestOffer(t.db, world);
    await fillOffer(t.db, world, offerId, { sections: { task: { ...completeSections().task, title: "" } } });
    const error = await expectAppError(submit(world, offerId), "VALIDATION", "offer.error.notComplete");
    expect(error.fieldErrors["task:title"]).toEqual(["form.required"]);
    expect(error.fieldErrors["declarations:truthful"]).toEqual(["offer.error.declarationRequired"]);
    expect(error.fieldErrors["other:attachments"]?.[0]).toMatch(/^offer\.error\.attachmentMissing\|/);
    expect(await versionsOf(offerId)).toHaveLength(0);
    expect((await offerRow(offerId))?.status).toBe("draft");
  });

  it("gives one submission for five simultaneous submits of the same offer", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await readyOffer(world);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => submit(world, offerId)));
    expect(await versionsOf(offerId)).toHaveLength(1);
    expect(new Set(results.map((r) => r.receiptNumber)).size).toBe(1);
    expect(results.filter((r) => !r.repeated)).toHaveLength(1);
    expect(await submittedMails(offerId)).toHaveLength(2);
  });

  it("submits a changed offer as the next version that replaces the previous one", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await readyOffer(world);
    const first = await submit(world, offerId);
    const again = await submit(world, offerId);
    expect(again).toMatchObject({
      repeated: true,
      receiptNumber: first.receiptNumber,
      versionId: first.versionId,
    });
    await fillOffer(t.db, world, offerId, {
      sections: { profile: { experience: "Więcej doświadczenia.", resources: "Dziesięciu opiekunów." } },
    });
    const second = await submit(world, offerId);
    expect(second).toMatchObject({ number: 2, repeated: false });
    expect(second.receiptNumber).not.toBe(first.receiptNumber);
    const [, v2] = await versionsOf(offerId);
    expect(v2?.replacesVersionId).toBe(first.versionId);
    expect((await offerRow(offerId))?.submittedVersionId).toBe(second.versionId);
  });

  it("keeps the checksum for the same content and changes it when one grosz changes", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await readyOffer(world);
    const costs = completeSections().costs;
    const first = await submit(world, offerId);
    await fillOffer(t.db, world, offerId, {
      sections: { costs: { ...costs, sources: { ...costs.sources, fees: 1 } } },
    });
    const changed = await submit(world, offerId);
    await fillOffer(t.db, world, offerId, { sections: { costs } });
    const back = await submit(world, offerId);
    expect(changed.checksum).not.toBe(first.checksum);
    expect(back.number).toBe(3);
    expect(back.checksum).toBe(first.checksum);
  });

  it("never changes a frozen version", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await readyOffer(world);
    const { versionId } = await submit(world, offerId);
    await expect(
      t.db
        .update(offerVersions)
        .set({ checksum: "0".repeat(64) })
        .where(eq(offerVersions.id, versionId)),
    ).rejects.toThrow();
    await expect(t.db.delete(offerVersions).where(eq(offerVersions.id, versionId))).rejects.toThrow();
  });

  it("refuses viewers and outsiders, and submits again after a withdrawal as a new version", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await readyOffer(world);
    await expectAppError(submit(world, offerId, { by: world.viewer }), "FORBIDDEN");
    await expectAppError(submit(world, offerId, { by: world.outsider }), "FORBIDDEN");
    const first = await submit(world, offerId);
    await withdrawOffer({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(world.owner),
      clock: offerClock(),
      appUrl: TEST_APP_URL,
      offerId,
    });
    const again = await submit(world, offerId);
    expect(again).toMatchObject({ number: 2, repeated: false });
    expect(again.checksum).toBe(first.checksum);
    expect((await offerRow(offerId))?.status).toBe("submitted");
  });

  describe.each([
    ["just after the spring DST change", "2027-03-28 03:00", "2027-02-01 10:00", "2027-03-20 10:00"],
    [
      "in the repeated hour of the autumn DST change",
      "2027-10-31 02:30",
      "2027-09-01 10:00",
      "2027-10-20 10:00",
    ],
  ])("a deadline %s", (_label, deadlineLocal, publishedAt, workAt) => {
    const deadline = warsawLocalToInstant(deadlineLocal) as Date;
    it("is the instant the clocks of Warsaw show then (the second 02:30 in autumn, in winter time)", () => {
      expect(deadline.toISOString()).toBe(
        deadlineLocal === "2027-03-28 03:00" ? "2027-03-28T01:00:00.000Z" : "2027-10-31T01:30:00.000Z",
      );
    });
    const clockAt = (ms: number) => {
      const clock = offerClock(workAt);
      clock.set(new Date(deadline.getTime() + ms));
      return clock;
    };

    async function world() {
      const w = await createOfferWorld(
        t.db,
        {
          offerDeadline: deadlineLocal,
          selectionDate: "2027-12-15",
          taskStart: "2028-01-01",
          taskEnd: "2028-12-31",
          budgetYears: [{ year: "2028", amount: "881 280,00" }],
        },
        publishedAt,
      );
      const offerId = await startTestOffer(t.db, w, { at: workAt });
      await fillOffer(t.db, w, offerId, { at: workAt, sections: completeSections({ year: 2028 }) });
      return { w, offerId };
    }

    it("accepts a submission one second (and one millisecond) before it", async () => {
      const a = await world();
      await expect(submit(a.w, a.offerId, { clock: clockAt(-1_000) })).resolves.toMatchObject({ number: 1 });
      const b = await world();
      await expect(submit(b.w, b.offerId, { clock: clockAt(-1) })).resolves.toMatchObject({ number: 1 });
    });

    it("refuses it at the deadline and one second after, keeping the draft", async () => {
      const { w, offerId } = await world();
      for (const ms of [0, 1_000])
        await expectAppError(
          submit(w, offerId, { clock: clockAt(ms) }),
          "CONFLICT",
          "offer.error.deadlinePassed",
        );
      expect(await versionsOf(offerId)).toHaveLength(0);
      expect(await offerRow(offerId)).toMatchObject({
        status: "draft",
        title: "Opieka wytchnieniowa dla rodzin",
      });
    });
  });
});
