import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../platform/db/schema/audit";
import { competitionBudgetYears, competitions } from "../../platform/db/schema/competitions";
import {
  competitionDecisions,
  competitionResults,
  proposedAmounts,
} from "../../platform/db/schema/evaluation";
import { mailOutbox } from "../../platform/db/schema/mail";
import { organizations } from "../../platform/db/schema/organizations";
import { useTestDatabase } from "../../test/db";
import { offerClock, TEST_APP_URL } from "../offers/testing/factories";
import { expectAppError } from "../organizations/testing/factories";
import { closeScoring } from "./close-scoring";
import { type DecisionInput, recordDecision } from "./record-decision";
import { saveProposedAmounts } from "./save-proposed-amounts";
import { addScore, createRankingWorld, type RankingWorld } from "./testing/factories";

describe("proposed amounts, closing the scoring and the mayor's decision", () => {
  const t = useTestDatabase();

  const deps = (w: RankingWorld, by = w.officer) => ({
    db: t.db,
    tenantId: w.tenant.id,
    actor: by.actor,
    staffRoles: by.staffRoles,
    clock: offerClock("2026-04-28 10:00"),
    competitionId: w.competitionId,
  });
  const decide = (w: RankingWorld, decision: Partial<DecisionInput> = {}, by = w.officer) =>
    recordDecision({
      ...deps(w, by),
      appUrl: TEST_APP_URL,
      decision: { number: "123/2026", date: "2026-04-30", awarded: { [w.offerB]: "15 000,00" }, ...decision },
    });

  it("validates proposed amounts per passed offer and warns above the funds", async () => {
    const w = await createRankingWorld(t.db);
    await expectAppError(
      saveProposedAmounts({ ...deps(w), amounts: { [w.offerB]: "19 000,01" } }),
      "VALIDATION",
    );
    const refused = await saveProposedAmounts({ ...deps(w), amounts: { [w.offerB]: "abc" } }).catch((e) => e);
    expect(refused.fieldErrors).toEqual({ [`amount.${w.offerB}`]: ["ranking.error.amountFormat"] });
    await expectAppError(saveProposedAmounts({ ...deps(w, w.otherOfficer), amounts: {} }), "FORBIDDEN");

    const saved = await saveProposedAmounts({
      ...deps(w),
      amounts: { [w.offerB]: "18 500,50", [w.offerA]: "1" },
    });
    expect(saved).toEqual({ total: 1_850_050, funds: 88_128_000, overFunds: false });
    const rows = await t.db
      .select()
      .from(proposedAmounts)
      .where(eq(proposedAmounts.competitionId, w.competitionId));
    // A is below the threshold: no proposed amount for it, whatever was typed.
    expect(rows.map((r) => [r.offerId, r.amount])).toEqual([[w.offerB, 1_850_050]]);
    await t.db.update(competitions).set({ passThreshold: 0 }).where(eq(competitions.id, w.competitionId));
    await t.db
      .delete(competitionBudgetYears)
      .where(eq(competitionBudgetYears.competitionId, w.competitionId));
    const over = await saveProposedAmounts({
      ...deps(w),
      amounts: { [w.offerB]: "19 000", [w.offerA]: "100" },
    });
    expect(over.overFunds).toBe(true);
  });

  it("records the decision once: results, statuses, resolved competition, mail to the offerors", async () => {
    const w = await createRankingWorld(t.db);
    await expectAppError(decide(w), "CONFLICT", "ranking.error.scoringOpen");
    await closeScoring(deps(w));
    await expectAppError(closeScoring(deps(w)), "CONFLICT", "ranking.error.scoringClosed");
    await expectAppError(decide(w, {}, w.otherOfficer), "FORBIDDEN");

    const tooMuch = await decide(w, { awarded: { [w.offerB]: "19 000,01" } }).catch((e) => e);
    expect(tooMuch.fieldErrors).toEqual({ [`awarded.${w.offerB}`]: ["ranking.error.amountAboveRequested"] });
    const blank = await decide(w, { number: " ", date: "30.04.2026" }).catch((e) => e);
    expect(Object.keys(blank.fieldErrors).sort()).toEqual(["date", "number"]);

    const recorded = await decide(w);
    expect(recorded).toMatchObject({ awardedTotal: 1_500_000, funds: 88_128_000, overFunds: false });
    const results = await t.db
      .select()
      .from(competitionResults)
      .where(eq(competitionResults.competitionId, w.competitionId))
      .orderBy(asc(competitionResults.offerTitle), asc(competitionResults.organizationName));
    const byOffer = new Map(results.map((r) => [r.offerId, r]));
    expect(byOffer.get(w.offerB)).toMatchObject({
      status: "funded",
      awardedAmount: 1_500_000,
      requestedAmount: 1_900_000,
      scoreHundredths: 5000,
      rank: 1,
      organizationName: "Fundacja Beta",
      decisionId: recorded.decisionId,
    });
    expect(byOffer.get(w.offerA)).toMatchObject({ status: "below_threshold", awardedAmount: 0, rank: 2 });
    expect(byOffer.get(w.offerC)).toMatchObject({
      status: "rejected_formally",
      rank: null,
      scoreHundredths: null,
    });
    expect(byOffer.get(w.offerC)?.organizationName).toBe("Stowarzyszenie Gamma");

    const [competition] = await t.db.select().from(competitions).where(eq(competitions.id, w.competitionId));
    expect(competition?.status).toBe("resolved");
    const [decision] = await t.db
      .select()
      .from(competitionDecisions)
      .where(eq(competitionDecisions.competitionId, w.competitionId));
    expect(decision).toMatchObject({ kind: "decision", number: "123/2026", decisionDate: "2026-04-30" });

    const mails = await t.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.tenantId, w.tenant.id), eq(mailOutbox.template, "ranking.result")));
    // Owner and editor of each of the three organisations and the organisations' own addresses
    // (an offeror without accounts here still gets its result); the viewer gets nothing.
    const mailboxes = await t.db
      .select({ email: organizations.email })
      .from(organizations)
      .where(eq(organizations.tenantId, w.tenant.id));
    expect(mailboxes).toHaveLength(3);
    expect(mails.map((m) => m.to).sort()).toEqual(
      [w.owner, w.editor, w.orgB.owner, w.orgB.editor, w.orgC.owner, w.orgC.editor]
        .map((u) => u.email)
        .concat(mailboxes.map((o) => o.email))
        .sort(),
    );
    const toB = mails.find((m) => m.to === w.orgB.owner.email);
    expect(toB?.text.replace(/\u00a0/g, " ")).toContain("15 000,00 zł");
    // Awarded less than asked: the letter asks for the update and links to it.
    expect(toB?.text).toContain("zaktualizuj harmonogram, rezultaty i kalkulację kosztów");
    expect(toB?.text).toContain(`/panel/oferty/${w.offerB}/aktualizacja`);
    expect(mails.find((m) => m.to === w.orgC.owner.email)?.text).not.toContain("/aktualizacja");
    expect(mails.find((m) => m.to === w.orgC.owner.email)?.text).toContain("odrzucona z przyczyn formalnych");

    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, w.competitionId));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["ranking.scoringClosed", "ranking.decisionRecorded", "competition.resolved"]),
    );

    await expectAppError(decide(w), "CONFLICT", "ranking.error.alreadyDecided");
    const count = await t.db
      .select()
      .from(competitionDecisions)
      .where(eq(competitionDecisions.competitionId, w.competitionId));
    expect(count).toHaveLength(1);
  });

  it("refuses a double submit at once: one decision, the other a conflict", async () => {
    const w = await createRankingWorld(t.db);
    await addScore(t.db, w, w.second.memberId, w.offerC, 10); // a sheet of a rejected offer does not count
    await closeScoring(deps(w));
    const outcomes = await Promise.allSettled([decide(w), decide(w)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason.messageKey).toBe("ranking.error.alreadyDecided");
    const results = await t.db
      .select()
      .from(competitionResults)
      .where(eq(competitionResults.competitionId, w.competitionId));
    expect(results).toHaveLength(3);
  });

  it("a passed offer awarded 0 is not funded", async () => {
    const w = await createRankingWorld(t.db, { passThreshold: "20" });
    await closeScoring(deps(w));
    await decide(w, { awarded: { [w.offerB]: "0", [w.offerA]: "10 000,00" } });
    const results = await t.db
      .select()
      .from(competitionResults)
      .where(eq(competitionResults.competitionId, w.competitionId));
    const status = Object.fromEntries(results.map((r) => [r.offerId, [r.status, r.awardedAmount]]));
    expect(status[w.offerB]).toEqual(["not_funded", 0]);
    expect(status[w.offerA]).toEqual(["funded", 1_000_000]);
  });
});
