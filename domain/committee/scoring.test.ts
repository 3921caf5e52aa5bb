import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "~/platform/db/schema/audit";
import { committeeExclusions, committeeMembers } from "~/platform/db/schema/evaluation";
import { useTestDatabase } from "~/test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { removeCommitteeMember } from "./change-committee-member";
import { getMemberCommittee } from "./get-member-committee";
import { getMemberOffer } from "./get-member-offer";
import { saveDissent } from "./save-dissent";
import { saveScoreSheet } from "./save-score-sheet";
import { signDeclaration } from "./sign-declaration";
import {
  addTestMember,
  type CommitteeWorld,
  committeeClock,
  createCommitteeWorld,
  declare,
  passFormalCheck,
} from "./testing/factories";
import { updateCommitteeSettings } from "./update-committee-settings";

describe("committee declarations, exclusions and scoring", () => {
  const t = useTestDatabase();
  const read = (w: CommitteeWorld, person: { id: string }, offerId: string) =>
    getMemberOffer({
      db: t.db,
      tenantId: w.tenant.id,
      userId: person.id,
      competitionId: w.competitionId,
      offerId,
    });
  const score = (
    w: CommitteeWorld,
    person: { id: string; email: string },
    offerId: string,
    values: Record<string, string>,
    submit = true,
  ) =>
    saveScoreSheet({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(person),
      clock: committeeClock(),
      competitionId: w.competitionId,
      offerId,
      values,
      submit,
    });
  const full = (a: string, b: string) => ({
    "points.feasibility": a,
    "justification.feasibility": "Realny harmonogram.",
    "points.costs": b,
    "justification.costs": "Koszty adekwatne.",
  });

  it("shows no offer before the declaration; after it, not the offers declared in conflict; outsiders and removed members get 403", async () => {
    const w = await createCommitteeWorld(t.db);
    const [first, second] = w.offerIds as [string, string];
    await addTestMember(t.db, w, w.people.anna);
    const bartek = await addTestMember(t.db, w, w.people.bartek);
    await expectAppError(read(w, w.people.anna, first), "FORBIDDEN");
    const before = await getMemberCommittee({
      db: t.db,
      tenantId: w.tenant.id,
      userId: w.people.anna.id,
      competitionId: w.competitionId,
    });
    expect(before.declared).toBe(false);
    expect(before.declared ? "" : before.declarationText).toContain("art. 24");
    const unconfirmed = await expectAppError(
      signDeclaration({
        db: t.db,
        tenantId: w.tenant.id,
        actor: actorOf(w.people.anna),
        clock: committeeClock(),
        competitionId: w.competitionId,
        input: {},
      }),
      "VALIDATION",
    );
    expect(unconfirmed.fieldErrors.confirm).toEqual(["committee.error.confirmDeclaration"]);
    await declare(t.db, w, w.people.anna, [second]);
    await expectAppError(declare(t.db, w, w.people.anna), "CONFLICT", "committee.error.alreadyDeclared");
    const [signed] = await t.db
      .select()
      .from(committeeMembers)
      .where(eq(committeeMembers.userId, w.people.anna.id));
    expect(signed?.declaredAt).not.toBeNull();
    expect(signed?.declarationText).toContain("art. 24");
    expect(await t.db.select().from(committeeExclusions)).toEqual([
      expect.objectContaining({ offerId: second, source: "declared" }),
    ]);
    expect((await read(w, w.people.anna, first)).receiptNumber).toBeTruthy();
    await expectAppError(read(w, w.people.anna, second), "FORBIDDEN");
    await expectAppError(score(w, w.people.anna, second, full("1", "1")), "FORBIDDEN");
    const after = await getMemberCommittee({
      db: t.db,
      tenantId: w.tenant.id,
      userId: w.people.anna.id,
      competitionId: w.competitionId,
    });
    expect(after.declared && after.offers.map((o) => o.excluded)).toEqual([false, true]);
    await expectAppError(read(w, w.outsider, first), "FORBIDDEN");
    await removeCommitteeMember({
      db: t.db,
      tenantId: w.tenant.id,
      actor: w.officer.actor,
      staffRoles: w.officer.staffRoles,
      competitionId: w.competitionId,
      memberId: bartek,
    });
    await expectAppError(declare(t.db, w, w.people.bartek), "FORBIDDEN");
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, w.competitionId));
    expect(audit.map((a) => a.action)).toContain("committee.declaration.signed");
  });

  it("validates a sheet: whole points within the maximum, a justification to submit; experts may not score; the total is computed", async () => {
    const w = await createCommitteeWorld(t.db, { formalPassed: false });
    const [first] = w.offerIds as [string];
    await addTestMember(t.db, w, w.people.anna);
    await addTestMember(t.db, w, w.people.ewa, "expert");
    await declare(t.db, w, w.people.anna);
    await declare(t.db, w, w.people.ewa);
    await expectAppError(
      score(w, w.people.anna, first, full("10", "10")),
      "CONFLICT",
      "committee.error.notPassed",
    );
    await passFormalCheck(t.db, w, first);
    const range = await expectAppError(score(w, w.people.anna, first, full("31", "-1")), "VALIDATION");
    expect(range.fieldErrors).toEqual({
      "points.feasibility": ['committee.error.pointsRange|{"max":30}'],
      "points.costs": ['committee.error.pointsRange|{"max":30}'],
    });
    const missing = await expectAppError(
      score(w, w.people.anna, first, { ...full("10", "5"), "justification.costs": " " }),
      "VALIDATION",
    );
    expect(missing.fieldErrors).toEqual({ "justification.costs": ["committee.error.justificationRequired"] });
    const tooLong = await expectAppError(
      score(w, w.people.anna, first, { ...full("10", "5"), "justification.costs": "x".repeat(1001) }, false),
      "VALIDATION",
    );
    expect(Object.keys(tooLong.fieldErrors)).toEqual(["justification.costs"]);
    await expectAppError(
      score(w, w.people.ewa, first, full("1", "1")),
      "FORBIDDEN",
      "committee.error.expertNoVote",
    );
    expect(await score(w, w.people.anna, first, { "points.feasibility": "7" }, false)).toEqual({ total: 7 });
    expect(await score(w, w.people.anna, first, { ...full("12", "9"), total: "60" })).toEqual({ total: 21 });
    await expectAppError(
      score(w, w.people.anna, first, full("1", "1")),
      "CONFLICT",
      "committee.error.alreadySubmitted",
    );
    const sheet = (await read(w, w.people.anna, first)).sheet;
    expect(sheet.total).toBe(21);
    expect(sheet.submittedAt).not.toBeNull();
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, w.competitionId));
    expect(audit.filter((a) => a.action.startsWith("committee.score.")).map((a) => a.action)).toEqual([
      "committee.score.saved",
      "committee.score.submitted",
    ]);
  });

  it("hides others' totals until every voting member has submitted every offer they are not excluded from", async () => {
    const w = await createCommitteeWorld(t.db);
    const [first, second] = w.offerIds as [string, string];
    await addTestMember(t.db, w, w.people.anna);
    await addTestMember(t.db, w, w.people.bartek);
    await addTestMember(t.db, w, w.people.ewa, "expert");
    await declare(t.db, w, w.people.anna);
    await declare(t.db, w, w.people.bartek, [second]);
    const view = (person: { id: string }) =>
      getMemberCommittee({
        db: t.db,
        tenantId: w.tenant.id,
        userId: person.id,
        competitionId: w.competitionId,
      });
    await score(w, w.people.anna, first, full("20", "10"));
    await score(w, w.people.anna, second, full("5", "5"));
    const partial = await view(w.people.anna);
    expect(partial.declared && partial.scoresVisible).toBe(false);
    expect(partial.declared && partial.offers.flatMap((o) => o.others)).toEqual([]);
    // without hiding, submitted totals show at once
    const hide = (value: string) =>
      updateCommitteeSettings({
        db: t.db,
        tenantId: w.tenant.id,
        actor: w.officer.actor,
        staffRoles: w.officer.staffRoles,
        competitionId: w.competitionId,
        clock: committeeClock(),
        change: { kind: "hideScores", input: value ? { hideScoresUntilComplete: value } : {} },
      });
    await hide("");
    const open = await view(w.people.bartek);
    expect(open.declared && open.offers[0]?.others).toEqual([{ memberName: "Anna Członkowska", total: 30 }]);
    await hide("on");
    const hidden = await view(w.people.bartek);
    expect(hidden.declared && hidden.offers[0]?.others).toEqual([]);
    await score(w, w.people.bartek, first, full("10", "10"));
    const done = await view(w.people.anna);
    expect(done.declared && done.scoresVisible).toBe(true);
    expect(done.declared && done.offers[0]?.others).toEqual([{ memberName: "Bartek Oceniający", total: 20 }]);
    const bartekView = await view(w.people.bartek);
    expect(bartekView.declared && bartekView.offers[1]).toMatchObject({ excluded: true, others: [] });
  });

  it("keeps the member's dissenting note, audited", async () => {
    const w = await createCommitteeWorld(t.db);
    await addTestMember(t.db, w, w.people.anna);
    const dissent = (input: unknown) =>
      saveDissent({
        db: t.db,
        tenantId: w.tenant.id,
        actor: actorOf(w.people.anna),
        competitionId: w.competitionId,
        input,
      });
    await expectAppError(dissent({ dissent: "Nie zgadzam się." }), "FORBIDDEN");
    await declare(t.db, w, w.people.anna);
    await dissent({ dissent: "Nie zgadzam się z oceną oferty nr 2." });
    const [row] = await t.db
      .select()
      .from(committeeMembers)
      .where(eq(committeeMembers.userId, w.people.anna.id));
    expect(row?.dissent).toBe("Nie zgadzam się z oceną oferty nr 2.");
  });
});
