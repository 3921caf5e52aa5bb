import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { competitions } from "~/platform/db/schema/competitions";
import { competitionResults, reasonRequests } from "~/platform/db/schema/evaluation";
import { organizations } from "~/platform/db/schema/organizations";
import { useTestDatabase } from "~/test/db";
import { createDraft } from "../competitions/testing/factories";
import { TEST_APP_URL, warsaw } from "../offers/testing/factories";
import { expectAppError } from "../organizations/testing/factories";
import { answerReasonRequest } from "./answer-reason-request";
import { correctResult } from "./correct-result";
import { getOfficeResults } from "./get-office-results";
import { getPublicResults } from "./get-public-results";
import { requestReasons } from "./request-reasons";
import {
  auditOfAction,
  createResultsWorld,
  defaultResults,
  mailsOf,
  publishTestResults,
  type ResultsWorld,
} from "./testing/factories";

describe("published results, corrections and requests for reasons", () => {
  const t = useTestDatabase();
  let w: ResultsWorld;
  const clock = fixedClock(warsaw("2026-05-20 10:00"));

  beforeAll(async () => {
    w = await createResultsWorld(t.db);
  });

  const publicResults = (competitionId: unknown = w.competitionId, at = clock) =>
    getPublicResults({ db: t.db, tenantId: w.tenant.id, clock: at, competitionId });

  it("answers 404 before the decision, for drafts, other tenants' and malformed ids", async () => {
    await expectAppError(publicResults(), "NOT_FOUND");
    await expectAppError(publicResults(await createDraft(t.db, w)), "NOT_FOUND");
    await expectAppError(publicResults("' or 1=1 --"), "NOT_FOUND");
    await expectAppError(
      getPublicResults({ db: t.db, tenantId: w.tenant.id, clock, competitionId: crypto.randomUUID() }),
      "NOT_FOUND",
    );
  });

  it("groups the published results (funded by rank, then not funded, then rejected) with the totals", async () => {
    await publishTestResults(t.db, w, defaultResults(w));
    const r = await publicResults();
    expect(r.groups.map((g) => [g.status, g.rows.map((x) => x.offerId)])).toEqual([
      ["funded", [w.offerIds[0], w.offerIds[1]]],
      ["not_funded", [w.offerIds[2]]],
      ["below_threshold", []],
      ["rejected_formally", [w.offerIds[3]]],
    ]);
    expect(r.totals).toEqual({ awarded: 3_500_000, requested: 7_400_000, fundedCount: 2, count: 4 });
    expect(r.decisions.map((d) => [d.kind, d.number, d.decisionDate])).toEqual([
      ["decision", "123/2026", "2026-05-12"],
    ]);
    expect(r.reasonsUntil).toBe("2026-06-11");
    expect(r.reasonsOpen).toBe(true);
    // The same competition moved back before a decision (never in practice) shows nothing.
    await t.db
      .update(competitions)
      .set({ status: "in_evaluation" })
      .where(eq(competitions.id, w.competitionId));
    await expectAppError(publicResults(), "NOT_FOUND");
    await t.db.update(competitions).set({ status: "resolved" }).where(eq(competitions.id, w.competitionId));
  });

  const correction = (overrides: Record<string, unknown> = {}) => ({
    offerId: w.offerIds[2],
    status: "funded",
    awardedAmount: "10 000,00",
    number: "130/2026",
    decisionDate: "2026-05-19",
    reason: "Błąd rachunkowy w zestawieniu punktów.",
    ...overrides,
  });
  const correctAs = (who: ResultsWorld["officer"], input = correction()) =>
    correctResult({
      db: t.db,
      tenantId: w.tenant.id,
      actor: who.actor,
      staffRoles: who.staffRoles,
      clock,
      appUrl: TEST_APP_URL,
      competitionId: w.competitionId,
      input,
    });

  it("refuses a correction by an officer of another department, and bad input", async () => {
    await expectAppError(correctAs(w.otherOfficer), "FORBIDDEN");
    await expectAppError(correctAs(w.officer, correction({ awardedAmount: "0" })), "VALIDATION");
    await expectAppError(correctAs(w.officer, correction({ awardedAmount: "40 000,00" })), "VALIDATION");
    await expectAppError(correctAs(w.officer, correction({ decisionDate: "2026-05-01" })), "VALIDATION");
    await expectAppError(
      correctAs(w.officer, correction({ status: "not_funded", awardedAmount: "0" })),
      "VALIDATION",
      "error.validation",
    );
    expect(await auditOfAction(t.db, "results.corrected")).toHaveLength(0);
  });

  it("corrects a result: a correction decision, the row pointing to it, audit, mail, shown as a correction", async () => {
    const { decisionId } = await correctAs(w.officer);
    const [row] = await t.db
      .select()
      .from(competitionResults)
      .where(eq(competitionResults.offerId, w.offerIds[2] ?? ""));
    expect(row).toMatchObject({ status: "funded", awardedAmount: 1_000_000, decisionId });
    const [audit] = await auditOfAction(t.db, "results.corrected");
    expect(audit?.before).toMatchObject({ offerId: w.offerIds[2], status: "not_funded", awardedAmount: 0 });
    expect(audit?.after).toMatchObject({ status: "funded", awardedAmount: 1_000_000, number: "130/2026" });
    const [org] = await t.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, w.orgs[2] ?? ""));
    const mails = await mailsOf(t.db, org?.email ?? "", "results.corrected");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain("130/2026");
    expect(mails[0]?.text).toContain("Błąd rachunkowy");
    const r = await publicResults();
    expect(r.decisions.map((d) => [d.kind, d.number, d.reason])).toEqual([
      ["decision", "123/2026", null],
      ["correction", "130/2026", "Błąd rachunkowy w zestawieniu punktów."],
    ]);
    const corrected = r.rows.find((x) => x.offerId === w.offerIds[2]);
    expect(corrected?.correction?.number).toBe("130/2026");
    expect(r.totals.awarded).toBe(4_500_000);
    expect(r.groups[0]?.rows).toHaveLength(3);
  });

  const ask = (at: string, input: Record<string, unknown> = {}, ip = "10.0.0.1") =>
    requestReasons({
      db: t.db,
      tenantId: w.tenant.id,
      actor: { userId: null, label: "anonymous", ip },
      clock: fixedClock(warsaw(at)),
      appUrl: TEST_APP_URL,
      competitionId: w.competitionId,
      input: {
        name: "Jan Nowak",
        email: "jan.nowak@example.org",
        question: "Dlaczego 30 punktów?",
        ...input,
      },
    });

  it("takes a request for reasons on day 30 and mails the department's officers and the coordinator", async () => {
    const { requestId } = await ask("2026-06-11 23:59");
    expect(requestId).not.toBeNull();
    expect(await mailsOf(t.db, w.officer.user.email, "results.reasonsRequested")).toHaveLength(1);
    expect(await mailsOf(t.db, w.coordinator.user.email, "results.reasonsRequested")).toHaveLength(1);
    expect(await mailsOf(t.db, w.otherOfficer.user.email, "results.reasonsRequested")).toHaveLength(0);
    expect(await auditOfAction(t.db, "results.reasonsRequested")).toHaveLength(1);
  });

  it("refuses a request on day 31 citing art. 15 ust. 2j, and a bad e-mail; drops a bot silently", async () => {
    await expectAppError(ask("2026-06-12 00:01"), "CONFLICT", "results.reasons.closed");
    await expectAppError(ask("2026-06-01 10:00", { email: "nie-email" }), "VALIDATION");
    expect(await ask("2026-06-01 10:00", { homepage: "http://spam" })).toEqual({ requestId: null });
    expect(await t.db.select().from(reasonRequests)).toHaveLength(1);
  });

  it("limits requests per IP like the contact form", async () => {
    for (let i = 0; i < 5; i++) await ask("2026-06-02 10:00", {}, "10.9.9.9");
    await expectAppError(ask("2026-06-02 10:05", {}, "10.9.9.9"), "RATE_LIMITED");
  });

  it("lets the department answer once: stored, audited and mailed to the person who asked", async () => {
    const [first] = await t.db.select().from(reasonRequests).limit(1);
    const answer = (who: ResultsWorld["officer"]) =>
      answerReasonRequest({
        db: t.db,
        tenantId: w.tenant.id,
        actor: who.actor,
        staffRoles: who.staffRoles,
        clock,
        appUrl: TEST_APP_URL,
        competitionId: w.competitionId,
        input: { requestId: first?.id, answer: "Komisja oceniła kalkulację kosztów nisko." },
      });
    await expectAppError(answer(w.otherOfficer), "FORBIDDEN");
    await answer(w.officer);
    await expectAppError(answer(w.coordinator), "CONFLICT", "results.reasons.alreadyAnswered");
    const mails = await mailsOf(t.db, "jan.nowak@example.org", "results.reasonsAnswered");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain("Komisja oceniła kalkulację kosztów nisko.");
    expect(await auditOfAction(t.db, "results.reasonsAnswered")).toHaveLength(1);
    const office = await getOfficeResults({
      db: t.db,
      tenantId: w.tenant.id,
      staffRoles: w.officer.staffRoles,
      clock,
      competitionId: w.competitionId,
    });
    expect(office.requests.find((r) => r.id === first?.id)?.answer).toContain("Komisja");
    expect(office.allowed).toEqual({ correct: true, answer: true });
    await expectAppError(
      getOfficeResults({
        db: t.db,
        tenantId: w.tenant.id,
        staffRoles: w.otherOfficer.staffRoles,
        clock,
        competitionId: w.competitionId,
      }),
      "FORBIDDEN",
    );
  });
});
