import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { readRanking } from "./read-ranking";
import { addCommitteeMember, createRankingWorld } from "./testing/factories";

describe("readRanking", () => {
  const t = useTestDatabase();

  it("ranks the formally passed offers by the members' mean, with progress and exclusions", async () => {
    const w = await createRankingWorld(t.db);
    const r = await readRanking({ db: t.db, tenantId: w.tenant.id, competitionId: w.competitionId });

    expect(r.offers.map((o) => o.offerId)).toEqual([w.offerB, w.offerA, w.offerC]);
    const [b, a, c] = r.offers;
    expect(b).toMatchObject({
      organizationName: "Fundacja Beta",
      rank: 1,
      meanHundredths: 5000,
      min: 50,
      max: 50,
      passed: true,
      formalOutcome: "passed",
      scores: [{ memberId: w.chair.memberId, total: 50 }],
      requestedAmount: 1_900_000,
    });
    expect(b?.registerNumber).toMatch(/^\d{10}$/);
    expect(a).toMatchObject({ rank: 2, meanHundredths: 2250, min: 20, max: 25, passed: false });
    expect(a?.scores.map((s) => s.total)).toEqual([20, 25]);
    expect(c).toMatchObject({
      organizationName: "Stowarzyszenie Gamma",
      rank: null,
      meanHundredths: null,
      formalOutcome: "rejected",
      formalReason: "Oferta złożona przez podmiot nieuprawniony.",
    });

    expect(r.members.map((m) => [m.name, m.voting, m.chair])).toEqual([
      ["Jan Przewodniczący", true, true],
      ["Ewa Członkini", true, false],
      ["Piotr Ekspert", false, false],
    ]);
    // Two voting members × two offers to score (C was rejected); Ewa is excluded from B.
    expect(r.progress).toHaveLength(4);
    const cell = (memberId: string, offerId: string) =>
      r.progress.find((p) => p.memberId === memberId && p.offerId === offerId)?.state;
    expect(cell(w.second.memberId, w.offerB)).toBe("excluded");
    expect(cell(w.chair.memberId, w.offerB)).toBe("submitted");
    expect(cell(w.second.memberId, w.offerA)).toBe("submitted");
    expect(r.complete).toBe(true);
    expect(r.funds).toBe(88_128_000);
    expect(r.proposedTotal).toBe(0);
  });

  it("is not complete while a sheet is missing, and refuses another tenant's competition", async () => {
    const w = await createRankingWorld(t.db);
    const other = await createRankingWorld(t.db);
    await addCommitteeMember(t.db, w, { name: "Nowy Członek" });
    const r = await readRanking({ db: t.db, tenantId: w.tenant.id, competitionId: w.competitionId });
    expect(r.complete).toBe(false);
    expect(r.progress.filter((p) => p.state === "pending")).toHaveLength(2);
    await expectAppError(
      readRanking({ db: t.db, tenantId: w.tenant.id, competitionId: other.competitionId }),
      "NOT_FOUND",
    );
  });
});
