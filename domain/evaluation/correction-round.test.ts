import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { formalChecks, offerCorrections } from "../../platform/db/schema/evaluation";
import { offerVersions } from "../../platform/db/schema/offers";
import { useTestDatabase } from "../../test/db";
import { saveOfferSection } from "../offers/save-offer-section";
import { completeSections, createOfferor, sectionVersions, warsaw } from "../offers/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { DEFAULT_CHECKLIST } from "./checklist";
import { expireCorrections } from "./expire-corrections";
import { getFormalCheck } from "./get-formal-check";
import { getOfferEvaluation } from "./get-offer-evaluation";
import { EXPIRED_CORRECTION_REASON } from "./rules";
import { submitCorrection } from "./submit-correction";
import {
  createEvaluationWorld,
  decideAsOfficer,
  type EvaluationWorld,
  evaluationClock,
  mailsOf,
  marksAll,
  TEST_APP_URL,
} from "./testing/factories";

const CODES = DEFAULT_CHECKLIST.map((i) => i.code);

describe("correction round", () => {
  const t = useTestDatabase();

  const requestCorrection = (world: EvaluationWorld) =>
    decideAsOfficer(t.db, world, {
      expectedVersion: 0,
      outcome: "correction",
      correctionSections: ["costs"],
      correctionMessage: "Proszę uzupełnić wkład własny.",
      marks: marksAll(CODES, { own_contribution: { result: "fail", note: "za niski wkład" } }),
    });

  async function save(world: EvaluationWorld, section: "costs" | "task", at?: string, by = world.editor) {
    const versions = await sectionVersions(t.db, world.offerId);
    const content = completeSections();
    if (section === "costs")
      content.costs.rows = content.costs.rows.map((r, i) =>
        i === 0 ? { ...r, name: "Poprawiona pozycja" } : r,
      );
    else content.task.title = "Inny tytuł";
    return saveOfferSection({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(by),
      clock: evaluationClock(at),
      offerId: world.offerId,
      section,
      expectedVersion: versions[section],
      content: section === "costs" ? content.costs : content.task,
    });
  }

  const submit = (world: EvaluationWorld, options: { at?: string; by?: EvaluationWorld["owner"] } = {}) =>
    submitCorrection({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(options.by ?? world.editor),
      clock: evaluationClock(options.at),
      appUrl: TEST_APP_URL,
      offerId: world.offerId,
    });

  it("request → only listed sections editable → resubmit → new correction version, check pending again", async () => {
    const world = await createEvaluationWorld(t.db);
    // Before any correction the closed competition refuses every save.
    await expectAppError(save(world, "costs"), "CONFLICT", "offer.error.deadlinePassed");
    const decided = await requestCorrection(world);
    expect(decided.outcome).toBe("correction");
    // 7 calendar days from 14 April, to the end of the day in Warsaw.
    expect(decided.deadline).toEqual(warsaw("2026-04-21 23:59:59"));
    const mails = await mailsOf(t.db, "evaluation.formal.correction", world.offerId);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.text).toContain("za niski wkład");

    const ngo = await getOfferEvaluation({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(world.viewer),
      clock: evaluationClock(),
      offerId: world.offerId,
    });
    expect(ngo.correction).toMatchObject({ open: true, sections: ["costs"], status: "open" });
    expect(ngo.canEdit).toBe(false);

    await expectAppError(save(world, "task"), "CONFLICT", "evaluation.error.sectionNotListed");
    await expectAppError(submit(world), "CONFLICT", "evaluation.error.nothingChanged");
    await save(world, "costs");

    // An outsider organisation's owner may neither change nor submit it.
    const other = await createOfferor(t.db, world.tenant.id);
    await expectAppError(save(world, "costs", undefined, other.owner), "FORBIDDEN");
    await expectAppError(submit(world, { by: other.owner }), "FORBIDDEN");

    const [first, second] = await Promise.all([submit(world), submit(world)]);
    expect([first?.repeated, second?.repeated].sort()).toEqual([false, true]);
    expect(first?.versionId).toBe(second?.versionId);
    const versions = await t.db
      .select()
      .from(offerVersions)
      .where(eq(offerVersions.offerId, world.offerId))
      .orderBy(asc(offerVersions.number));
    expect(versions).toHaveLength(2);
    expect(versions[1]).toMatchObject({
      kind: "correction",
      number: 2,
      replacesVersionId: world.submitted.versionId,
    });
    expect(versions[1]?.checksum).not.toBe(world.submitted.checksum);
    expect(versions[1]?.receiptNumber).not.toBe(world.submitted.receiptNumber);

    const [round] = await t.db
      .select()
      .from(offerCorrections)
      .where(eq(offerCorrections.offerId, world.offerId));
    expect(round).toMatchObject({ status: "corrected", correctedVersionId: versions[1]?.id });
    const [check] = await t.db.select().from(formalChecks).where(eq(formalChecks.offerId, world.offerId));
    expect(check).toMatchObject({ outcome: "pending", versionId: versions[1]?.id });

    // The officer sees it: pending on the new version, may decide again; the section is frozen again.
    const view = await getFormalCheck({
      db: t.db,
      tenantId: world.tenant.id,
      staffRoles: world.officer.staffRoles,
      clock: evaluationClock(),
      offerId: world.offerId,
    });
    expect(view).toMatchObject({ versionId: versions[1]?.id, canRun: true, check: { outcome: "pending" } });
    await expectAppError(save(world, "costs"), "CONFLICT", "offer.error.deadlinePassed");
  });

  it("expires an open correction after its deadline: rejected with the reason, audited and mailed", async () => {
    const world = await createEvaluationWorld(t.db);
    await requestCorrection(world);
    await save(world, "costs");
    expect(
      await expireCorrections({ db: t.db, clock: evaluationClock("2026-04-21 23:59"), appUrl: TEST_APP_URL }),
    ).toEqual([]);
    await expectAppError(
      submit(world, { at: "2026-04-22 00:00" }),
      "CONFLICT",
      "evaluation.error.correctionExpired",
    );
    await expectAppError(save(world, "costs", "2026-04-22 00:00"), "CONFLICT", "offer.error.deadlinePassed");
    const expired = await expireCorrections({
      db: t.db,
      clock: evaluationClock("2026-04-22 00:01"),
      appUrl: TEST_APP_URL,
    });
    const [round] = await t.db
      .select()
      .from(offerCorrections)
      .where(eq(offerCorrections.offerId, world.offerId));
    expect(expired).toContain(round?.id);
    expect(round?.status).toBe("expired");
    const [check] = await t.db.select().from(formalChecks).where(eq(formalChecks.offerId, world.offerId));
    expect(check).toMatchObject({ outcome: "rejected", reason: EXPIRED_CORRECTION_REASON });
    const mails = await mailsOf(t.db, "evaluation.formal.rejected", world.offerId);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.text).toContain(EXPIRED_CORRECTION_REASON);
    // A second run finds nothing more.
    expect(
      await expireCorrections({ db: t.db, clock: evaluationClock("2026-04-23 00:01"), appUrl: TEST_APP_URL }),
    ).toEqual([]);
  });

  it("refuses a decision while a correction is open", async () => {
    const world = await createEvaluationWorld(t.db);
    const { version } = await requestCorrection(world);
    await expectAppError(
      decideAsOfficer(t.db, world, { expectedVersion: version, outcome: "passed", marks: marksAll(CODES) }),
      "CONFLICT",
      "evaluation.error.correctionOpen",
    );
  });
});
