import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "~/platform/db/schema/audit";
import { committeeMembers, committeeNominations, committees } from "~/platform/db/schema/evaluation";
import { useTestDatabase } from "~/test/db";
import { actorOf, expectAppError, mailTo } from "../organizations/testing/factories";
import { addCommitteeMember } from "./add-committee-member";
import { excludeCommitteeMember, removeCommitteeMember, setCommitteeChair } from "./change-committee-member";
import { decideNomination } from "./decide-nomination";
import { getCommitteeForOffice } from "./get-committee-for-office";
import { listNominationCalls } from "./list-nomination-calls";
import { nominateCandidate } from "./nominate-candidate";
import { saveScoreSheet } from "./save-score-sheet";
import {
  addTestMember,
  type CommitteeWorld,
  committeeClock,
  createCommitteeWorld,
  declare,
} from "./testing/factories";
import { updateCommitteeSettings } from "./update-committee-settings";

describe("committee composition and nominations", () => {
  const t = useTestDatabase();
  const office = (w: CommitteeWorld) => ({
    db: t.db,
    tenantId: w.tenant.id,
    actor: w.officer.actor,
    staffRoles: w.officer.staffRoles,
    competitionId: w.competitionId,
  });

  it("adds members by an account's e-mail (experts without a vote), one chair, and refuses an unknown e-mail next to the field", async () => {
    const w = await createCommitteeWorld(t.db);
    const anna = await addTestMember(t.db, w, w.people.anna);
    await addCommitteeMember({
      ...office(w),
      input: { email: w.people.ewa.email.toUpperCase(), kind: "expert" },
    });
    const unknown = await expectAppError(
      addCommitteeMember({ ...office(w), input: { email: "nikt@example.pl", kind: "staff" } }),
      "VALIDATION",
    );
    expect(unknown.fieldErrors.email).toEqual(["committee.error.noAccount"]);
    const twice = await expectAppError(
      addCommitteeMember({ ...office(w), input: { email: w.people.anna.email, kind: "staff" } }),
      "VALIDATION",
    );
    expect(twice.fieldErrors.email).toEqual(["committee.error.alreadyMember"]);
    await setCommitteeChair({ ...office(w), memberId: anna });
    const view = await getCommitteeForOffice(office(w));
    const byName = Object.fromEntries(view.members.map((m) => [m.name, m]));
    expect(byName["Ewa Ekspertka"]).toMatchObject({ kind: "expert", voting: false, chair: false });
    expect(byName["Anna Członkowska"]).toMatchObject({ voting: true, chair: true, declaredAt: null });
    expect(view.committee.hideScoresUntilComplete).toBe(true);
    // another department's officer may not change it
    await expectAppError(
      addCommitteeMember({
        ...office(w),
        actor: w.otherOfficer.actor,
        staffRoles: w.otherOfficer.staffRoles,
        input: { email: w.people.bartek.email, kind: "staff" },
      }),
      "FORBIDDEN",
    );
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, w.competitionId));
    expect(audit.map((a) => a.action)).toContain("committee.member.added");
  });

  it("removes a member only before they scored; excludes from one offer with a reason; warns about representatives", async () => {
    const w = await createCommitteeWorld(t.db);
    const bartek = await addTestMember(t.db, w, w.people.bartek);
    const anna = await addTestMember(t.db, w, w.people.anna);
    await declare(t.db, w, w.people.anna);
    await saveScoreSheet({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(w.people.anna),
      clock: committeeClock(),
      competitionId: w.competitionId,
      offerId: w.offerIds[0],
      values: { "points.feasibility": "10" },
      submit: false,
    });
    await expectAppError(
      removeCommitteeMember({ ...office(w), memberId: anna }),
      "CONFLICT",
      "committee.error.memberScored",
    );
    await removeCommitteeMember({ ...office(w), memberId: bartek });
    const [removed] = await t.db.select().from(committeeMembers).where(eq(committeeMembers.id, bartek));
    expect(removed?.removedAt).not.toBeNull();
    await excludeCommitteeMember({
      ...office(w),
      input: { memberId: anna, offerId: w.offerIds[0], reason: "Siostra prezesa" },
    });
    const view = await getCommitteeForOffice(office(w));
    expect(view.members.map((m) => m.name)).toEqual(["Anna Członkowska"]);
    expect(view.members[0]?.exclusions).toEqual([
      { offerId: w.offerIds[0], source: "officer", reason: "Siostra prezesa" },
    ]);
    // the draft sheet of the excluded offer is dropped
    expect(view.members[0]?.hasScored).toBe(false);
    // a member named like a representative of an offeror (case and diacritics aside) is warned about
    await addCommitteeMember({
      ...office(w),
      input: { email: (await namedUser(w, "ZANETA lukasik")).email, kind: "staff" },
    });
    const warned = await getCommitteeForOffice(office(w));
    expect(warned.warnings).toEqual([
      expect.objectContaining({ memberName: "ZANETA lukasik", function: "Prezeska" }),
    ]);
  });

  async function namedUser(_w: CommitteeWorld, name: string) {
    const { createTestUser } = await import("../organizations/testing/factories");
    return createTestUser(t.db, { name });
  }

  it("records settings and working without NGO members with the reason, audited", async () => {
    const w = await createCommitteeWorld(t.db);
    const clock = committeeClock();
    await updateCommitteeSettings({ ...office(w), clock, change: { kind: "hideScores", input: {} } });
    await updateCommitteeSettings({
      ...office(w),
      clock,
      change: {
        kind: "withoutNgo",
        input: { withoutNgoReason: "Żadna organizacja nie zgłosiła kandydata." },
      },
    });
    const bad = await expectAppError(
      updateCommitteeSettings({
        ...office(w),
        clock,
        change: { kind: "nominationCall", input: { nominationDeadline: "2026-04-01 12:00" } },
      }),
      "VALIDATION",
    );
    expect(bad.fieldErrors.nominationDeadline).toEqual(["committee.error.deadlinePast"]);
    const [row] = await t.db.select().from(committees).where(eq(committees.competitionId, w.competitionId));
    expect(row).toMatchObject({
      hideScoresUntilComplete: false,
      withoutNgoReason: "Żadna organizacja nie zgłosiła kandydata.",
    });
  });

  it("takes nominations while the call is open, refuses an organisation taking part (art. 15 ust. 2d), accepts and rejects with mail", async () => {
    const w = await createCommitteeWorld(t.db);
    const clock = committeeClock();
    const outsiderOrg = await (await import("../offers/testing/factories")).createOfferor(t.db, w.tenant.id);
    const nominate = (by: { id: string; email: string }, organizationId: string, email: string) =>
      nominateCandidate({
        db: t.db,
        tenantId: w.tenant.id,
        actor: actorOf(by),
        clock,
        input: {
          competitionId: w.competitionId,
          organizationId,
          candidateName: "Kandydat",
          candidateEmail: email,
          statement: "",
        },
      });
    await expectAppError(
      nominate(outsiderOrg.owner, outsiderOrg.organizationId, w.people.anna.email),
      "CONFLICT",
      "committee.error.callClosed",
    );
    await updateCommitteeSettings({
      ...office(w),
      clock,
      change: { kind: "nominationCall", input: { nominationDeadline: "2026-04-30 15:00" } },
    });
    const calls = await listNominationCalls({ db: t.db, tenantId: w.tenant.id, userId: w.owner.id, clock });
    expect(calls.calls[0]?.participating.map((o) => o.id)).toEqual([w.organizationId]);
    expect(calls.calls[0]?.organizations).toEqual([]);
    const refused = await expectAppError(
      nominate(w.owner, w.organizationId, w.people.anna.email),
      "CONFLICT",
      "committee.error.participantNominates",
    );
    expect(refused.fieldErrors.organizationId).toBeDefined();
    await expectAppError(
      nominate(outsiderOrg.viewer, outsiderOrg.organizationId, w.people.anna.email),
      "FORBIDDEN",
    );
    const { nominationId } = await nominate(
      outsiderOrg.editor,
      outsiderOrg.organizationId,
      w.people.anna.email,
    );
    const noAccount = await nominate(outsiderOrg.owner, outsiderOrg.organizationId, "bez-konta@example.pl");
    const decide = (id: string, decision: "accept" | "reject", decisionNote?: string) =>
      decideNomination({
        ...office(w),
        clock,
        appUrl: "https://pozytek.test",
        input: { nominationId: id, decision, decisionNote },
      });
    const missing = await expectAppError(decide(noAccount.nominationId, "accept"), "VALIDATION");
    expect(Object.values(missing.fieldErrors)).toEqual([["committee.error.candidateNoAccount"]]);
    await decide(noAccount.nominationId, "reject", "Brak konta w systemie");
    await decide(nominationId, "accept");
    const [member] = await t.db
      .select()
      .from(committeeMembers)
      .where(eq(committeeMembers.nominationId, nominationId));
    expect(member).toMatchObject({ kind: "ngo", voting: true, userId: w.people.anna.id });
    const statuses = await t.db
      .select()
      .from(committeeNominations)
      .where(eq(committeeNominations.competitionId, w.competitionId));
    expect(statuses.map((n) => n.status).sort()).toEqual(["accepted", "rejected"]);
    const mail = (await mailTo(t.db, outsiderOrg.owner.email)).filter(
      (m) => m.template === "committee.nominationDecided",
    );
    expect(mail.map((m) => m.subject)).toEqual([
      "Kandydat do komisji nieprzyjęty: Kandydat",
      "Kandydat do komisji przyjęty: Kandydat",
    ]);
    expect(mail[0]?.text).toContain("Brak konta w systemie");
  });
});
