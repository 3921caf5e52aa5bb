import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareMeans, formatPoints, type RankingInput, rankOffers, scoreOf } from "./ranking";

const totals = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 0, maxLength: 6 });
const outcome = fc.constantFrom("passed", "passed", "passed", "rejected", "pending", "correction", null);

/** Offers with unique ids and receipts; few distinct times and small totals so ties happen often. */
const offersArb = fc
  .array(
    fc.record({
      formalOutcome: outcome,
      totals,
      minute: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 12 },
  )
  .chain((rows) =>
    fc
      .shuffledSubarray(
        rows.map((_, i) => i),
        { minLength: rows.length, maxLength: rows.length },
      )
      .map((receiptOrder) =>
        rows.map(
          (r, i): RankingInput => ({
            offerId: `offer-${String(i).padStart(2, "0")}`,
            formalOutcome: r.formalOutcome as RankingInput["formalOutcome"],
            totals: r.totals,
            firstSubmittedAt: new Date(Date.UTC(2026, 3, 10, 12, r.minute)),
            receiptNumber: `OF/2026/${String(receiptOrder[i] ?? i + 1).padStart(6, "0")}`,
          }),
        ),
      ),
  );
const threshold = fc.option(fc.integer({ min: 0, max: 100 }));

describe("rankOffers (property tests)", () => {
  it("the mean lies within [min, max]", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }), (ts) => {
        const s = scoreOf(ts);
        expect(s.meanHundredths).not.toBeNull();
        expect(s.meanHundredths as number).toBeGreaterThanOrEqual((s.min as number) * 100);
        expect(s.meanHundredths as number).toBeLessThanOrEqual((s.max as number) * 100);
      }),
    );
  });

  it("is a permutation of the eligible offers (formally passed, at least one sheet)", () => {
    fc.assert(
      fc.property(offersArb, threshold, (offers, t) => {
        const ranked = rankOffers(offers, t);
        const eligible = offers.filter((o) => o.formalOutcome === "passed" && o.totals.length > 0);
        expect(ranked.map((r) => r.offerId).sort()).toEqual(eligible.map((o) => o.offerId).sort());
        expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
      }),
    );
  });

  it("does not depend on the order of the input", () => {
    fc.assert(
      fc.property(
        offersArb.chain((offers) =>
          fc.tuple(fc.constant(offers), fc.shuffledSubarray(offers, { minLength: offers.length })),
        ),
        threshold,
        ([offers, shuffled], t) => {
          expect(rankOffers(shuffled, t)).toEqual(rankOffers(offers, t));
        },
      ),
    );
  });

  it("never ranks a higher mean below a lower one, and orders ties by the rule", () => {
    fc.assert(
      fc.property(offersArb, threshold, (offers, t) => {
        const ranked = rankOffers(offers, t);
        const byId = new Map(offers.map((o) => [o.offerId, o]));
        for (let i = 1; i < ranked.length; i++) {
          const prev = ranked[i - 1];
          const next = ranked[i];
          if (!prev || !next) throw new Error("gap");
          const cmp = compareMeans(prev, next);
          expect(cmp).toBeGreaterThanOrEqual(0);
          // Exact check with the plain fractions (no floats): prev.sum/prev.count ≥ next.sum/next.count.
          expect(prev.sum * next.count).toBeGreaterThanOrEqual(next.sum * prev.count);
          if (cmp === 0) {
            const a = byId.get(prev.offerId) as RankingInput;
            const b = byId.get(next.offerId) as RankingInput;
            const ta = a.firstSubmittedAt.getTime();
            const tb = b.firstSubmittedAt.getTime();
            expect(ta).toBeLessThanOrEqual(tb);
            if (ta === tb)
              expect(Number(a.receiptNumber.slice(8))).toBeLessThan(Number(b.receiptNumber.slice(8)));
          }
        }
      }),
    );
  });

  it("is exact on whole-number inputs: equal totals give that mean, pass iff sum ≥ threshold × count", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 0, max: 100 }),
        (k, n, ts, t) => {
          expect(scoreOf(Array(n).fill(k)).meanHundredths).toBe(k * 100);
          const [entry] = rankOffers(
            [
              {
                offerId: "a",
                formalOutcome: "passed",
                totals: ts,
                firstSubmittedAt: new Date(0),
                receiptNumber: "OF/2026/000001",
              },
            ],
            t,
          );
          const sum = ts.reduce((x, y) => x + y, 0);
          expect(entry?.passed).toBe(sum >= t * ts.length);
          // Half up: the hundredths are the exact mean's nearest, .5 going up.
          const h = entry?.meanHundredths as number;
          expect(Math.abs(h * ts.length - sum * 100) * 2).toBeLessThanOrEqual(ts.length);
          if (Math.abs(h * ts.length - sum * 100) * 2 === ts.length)
            expect(h * ts.length).toBeGreaterThan(sum * 100);
        },
      ),
    );
  });
});

describe("rankOffers (examples)", () => {
  const at = (m: number) => new Date(Date.UTC(2026, 3, 10, 12, m));
  it("rounds half up and breaks ties by first submission, then receipt number", () => {
    const ranked = rankOffers(
      [
        {
          offerId: "late",
          formalOutcome: "passed",
          totals: [40, 41],
          firstSubmittedAt: at(5),
          receiptNumber: "OF/2026/000001",
        },
        {
          offerId: "early-b",
          formalOutcome: "passed",
          totals: [81],
          firstSubmittedAt: at(1),
          receiptNumber: "OF/2026/000010",
        },
        {
          offerId: "early-a",
          formalOutcome: "passed",
          totals: [81, 0, 0, 81],
          firstSubmittedAt: at(1),
          receiptNumber: "OF/2026/000009",
        },
        {
          offerId: "same-time",
          formalOutcome: "passed",
          totals: [41, 40],
          firstSubmittedAt: at(1),
          receiptNumber: "OF/2026/000011",
        },
        {
          offerId: "top",
          formalOutcome: "passed",
          totals: [50, 51, 51],
          firstSubmittedAt: at(9),
          receiptNumber: "OF/2026/000002",
        },
        {
          offerId: "rejected",
          formalOutcome: "rejected",
          totals: [99],
          firstSubmittedAt: at(0),
          receiptNumber: "OF/2026/000003",
        },
        {
          offerId: "unscored",
          formalOutcome: "passed",
          totals: [],
          firstSubmittedAt: at(0),
          receiptNumber: "OF/2026/000004",
        },
      ],
      41,
    );
    expect(ranked.map((r) => [r.offerId, r.meanHundredths, r.passed, r.min, r.max])).toEqual([
      ["early-b", 8100, true, 81, 81],
      ["top", 5067, true, 50, 51],
      ["early-a", 4050, false, 0, 81],
      ["same-time", 4050, false, 40, 41],
      ["late", 4050, false, 40, 41],
    ]);
    expect(formatPoints(5067)).toBe("50,67");
    expect(formatPoints(4050)).toBe("40,50");
  });
});
