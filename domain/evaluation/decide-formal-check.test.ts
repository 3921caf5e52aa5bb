import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { formalChecks, offerCorrections } from "../../platform/db/schema/evaluation";
import { useTestDatabase } from "../../test/db";
import { auditOfOffer, createOfferor } from "../offers/testing/factories";
import { expectAppError } from "../organizations/testing/factories";
import { DEFAULT_CHECKLIST } from "./checklist";
import { getFormalCheck } from "./get-formal-check";
import { listFormalChecks } from "./list-formal-checks";
import {
  createEvaluationWorld,
  decideAsOfficer,
  evaluationClock,
  mailsOf,
  marksAll,
} from "./testing/factories";
import { updateChecklist } from "./update-checklist";

const CODES = DEFAULT_CHECKLIST.map((i) => i.code);

describe("formal check: marks and decisions", () => {
  const t = useTestDatabase();

  it("suggests results from the data: on time, eligible, complete, own contribution, no signed copy yet", async () => {
    const world = await createEvaluationWorld(t.db);
    const view = await getFormalCheck({
      db: t.db,
      tenantId: world.tenant.id,
      staffRoles: world.officer.staffRoles,
      clock: evaluationClock(),
      offerId: world.offerId,
    });
    const results = Object.fromEntries(Object.entries(view.suggestions).map(([k, v]) => [k, v.result]));
    expect(results).toEqual({
      on_time: "pass",
      eligible: "pass",
      complete: "pass",
      own_contribution: "pass",
      signed_copy: "fail",
      attachments: "pass",
    });
    expect(view.check).toMatchObject({ outcome: "pending", version: 0 });
    expect(view.canRun).toBe(true);
    expect(view.versions).toHaveLength(1);
  });

  it("passes an offer with every item marked, audits before/after and mails the owners and editors", async () => {
    const world = await createEvaluationWorld(t.db);
    const incomplete = await expectAppError(
      decideAsOfficer(t.db, world, {
        expectedVersion: 0,
        outcome: "passed",
        marks: marksAll(CODES, { attachments: { result: null } }),
      }),
      "VALIDATION",
    );
    expect(incomplete.fieldErrors.outcome).toEqual(["evaluation.error.notAllPassed"]);
    const result = await decideAsOfficer(t.db, world, {
      expectedVersion: 0,
      outcome: "passed",
      marks: marksAll(CODES, { attachments: { result: "na", note: "brak wymaganych" } }),
    });
    expect(result).toMatchObject({ outcome: "passed", version: 1, correctionId: null });
    const [row] = await t.db.select().from(formalChecks).where(eq(formalChecks.offerId, world.offerId));
    expect(row).toMatchObject({
      outcome: "passed",
      versionId: world.submitted.versionId,
      decidedBy: world.officer.user.id,
    });
    expect(row?.marks.attachments).toEqual({ result: "na", note: "brak wymaganych" });
    const audit = (await auditOfOffer(t.db, world.offerId)).filter(
      (a) => a.action === "evaluation.formal.passed",
    );
    expect(audit).toHaveLength(1);
    const mails = await mailsOf(t.db, "evaluation.formal.passed", world.offerId);
    expect(mails.map((m) => m.to).sort()).toEqual([world.owner.email, world.editor.email].sort());
    // Someone else decided meanwhile: the old form's version is a conflict.
    await expectAppError(
      decideAsOfficer(t.db, world, { expectedVersion: 0, outcome: "save", marks: marksAll(CODES) }),
      "CONFLICT",
      "evaluation.error.changed",
    );
  });

  it("rejects automatically when an item that cannot be corrected fails, with the items as the reason", async () => {
    const world = await createEvaluationWorld(t.db);
    const result = await decideAsOfficer(t.db, world, {
      expectedVersion: 0,
      outcome: "correction",
      correctionSections: ["costs"],
      marks: marksAll(CODES, { eligible: { result: "fail", note: "spółka handlowa" } }),
    });
    expect(result.outcome).toBe("rejected");
    const [row] = await t.db.select().from(formalChecks).where(eq(formalChecks.offerId, world.offerId));
    expect(row?.reason).toContain("Oferent jest podmiotem uprawnionym (spółka handlowa)");
    expect(
      await t.db.select().from(offerCorrections).where(eq(offerCorrections.offerId, world.offerId)),
    ).toEqual([]);
    const mails = await mailsOf(t.db, "evaluation.formal.rejected", world.offerId);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.text).toContain("spółka handlowa");
  });

  it("needs a reason to reject by hand", async () => {
    const world = await createEvaluationWorld(t.db);
    const error = await expectAppError(
      decideAsOfficer(t.db, world, { expectedVersion: 0, outcome: "rejected", marks: marksAll(CODES) }),
      "VALIDATION",
    );
    expect(error.fieldErrors.reason).toEqual(["form.required"]);
  });

  it("refuses an officer of another department (403) and lists the competition's offers for its own", async () => {
    const world = await createEvaluationWorld(t.db);
    await expectAppError(
      decideAsOfficer(
        t.db,
        world,
        { expectedVersion: 0, outcome: "save", marks: {} },
        { staff: world.otherOfficer },
      ),
      "FORBIDDEN",
    );
    await expectAppError(
      getFormalCheck({
        db: t.db,
        tenantId: world.tenant.id,
        staffRoles: world.otherOfficer.staffRoles,
        clock: evaluationClock(),
        offerId: world.offerId,
      }),
      "FORBIDDEN",
    );
    const list = await listFormalChecks({
      db: t.db,
      tenantId: world.tenant.id,
      staffRoles: world.officer.staffRoles,
      competitionId: world.competitionId,
    });
    expect(list.offers).toHaveLength(1);
    expect(list.offers[0]).toMatchObject({ id: world.offerId, outcome: "pending", signedCopy: null });
    // Organisations' people are not staff at all.
    const other = await createOfferor(t.db, world.tenant.id);
    await expectAppError(
      decideAsOfficer(
        t.db,
        world,
        { expectedVersion: 0, outcome: "save", marks: {} },
        {
          staff: {
            ...world.officer,
            actor: { userId: other.owner.id, label: "x", ip: null },
            staffRoles: [],
          },
        },
      ),
      "FORBIDDEN",
    );
  });

  it("edits the checklist of the competition (Zod-checked, audited) and the marks follow it", async () => {
    const world = await createEvaluationWorld(t.db);
    const edit = (items: unknown) =>
      updateChecklist({
        db: t.db,
        tenantId: world.tenant.id,
        actor: world.officer.actor,
        staffRoles: world.officer.staffRoles,
        clock: evaluationClock(),
        competitionId: world.competitionId,
        items,
      });
    const dup = await expectAppError(
      edit([
        { code: "on_time", label: "A", correctable: false },
        { code: "on_time", label: "B", correctable: false },
      ]),
      "VALIDATION",
    );
    expect(Object.values(dup.fieldErrors).flat()).toContain("evaluation.error.codeTaken");
    await edit([
      { code: "on_time", label: "W terminie", correctable: false },
      { code: "budget_plan", label: "Harmonogram", correctable: "on" },
    ]);
    const view = await getFormalCheck({
      db: t.db,
      tenantId: world.tenant.id,
      staffRoles: world.officer.staffRoles,
      clock: evaluationClock(),
      offerId: world.offerId,
    });
    expect(view.checklist).toEqual([
      { code: "on_time", label: "W terminie", correctable: false },
      { code: "budget_plan", label: "Harmonogram", correctable: true },
    ]);
    expect(view.suggestions.budget_plan).toEqual({ result: null, reasons: [] });
    await expectAppError(edit([]), "VALIDATION");
    await expectAppError(
      updateChecklist({
        db: t.db,
        tenantId: world.tenant.id,
        actor: world.otherOfficer.actor,
        staffRoles: world.otherOfficer.staffRoles,
        clock: evaluationClock(),
        competitionId: world.competitionId,
        items: [{ code: "x", label: "x", correctable: false }],
      }),
      "FORBIDDEN",
    );
  });
});
