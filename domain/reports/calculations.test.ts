import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedAmount } from "../settlement/refund";
import { lineDeviation, reportTotals, shareOf } from "./calculations";
import type { ReportCostLine } from "./content";

const money = fc.integer({ min: 0, max: 10_000_000_000 });
const line = (i: number) =>
  fc
    .record({ planned: money, actual: money, explanation: fc.constantFrom("", "Powód.") })
    .map((l): ReportCostLine => ({ key: String(i + 1), action: 1, name: `Koszt ${i + 1}`, ...l }));
const lines = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => line(i))));
const sources = fc.record({ grant: money, financial: money, personal: money, inKind: money });
const shift = fc.integer({ min: 0, max: 10_000 });

describe("report calculations", () => {
  it("totals are the sums of the lines and sources", () => {
    fc.assert(
      fc.property(lines, sources, sources, shift, (costLines, planned, actual, bp) => {
        const t = reportTotals({ costLines, sources: { planned, actual } }, bp);
        expect(t.planned).toBe(costLines.reduce((a, l) => a + l.planned, 0));
        expect(t.actual).toBe(costLines.reduce((a, l) => a + l.actual, 0));
        expect(t.sources.actual.total).toBe(
          actual.grant + actual.financial + actual.personal + actual.inKind,
        );
        expect(t.sources.actual.own).toBe(t.sources.actual.total - actual.grant);
      }),
    );
  });

  it("flags exactly the lines above the planned amount plus the allowed shift", () => {
    fc.assert(
      fc.property(money, money, shift, (planned, actual, bp) => {
        const d = lineDeviation({ key: "1", planned, actual }, bp);
        expect(d.amount).toBe(actual - planned);
        expect(d.flagged).toBe(actual > allowedAmount(planned, bp));
        if (actual <= planned) expect(d.flagged).toBe(false);
      }),
    );
  });

  it("lists unexplained only flagged lines without an explanation", () => {
    fc.assert(
      fc.property(lines, shift, (costLines, bp) => {
        const zero = { grant: 0, financial: 0, personal: 0, inKind: 0 };
        const t = reportTotals({ costLines, sources: { planned: zero, actual: zero } }, bp);
        for (const [i, l] of costLines.entries())
          expect(t.unexplained.includes(l.key)).toBe(Boolean(t.lines[i]?.flagged) && l.explanation === "");
      }),
    );
  });

  it("computes deviations and shares on known figures", () => {
    expect(lineDeviation({ key: "1", planned: 100_000, actual: 120_000 }, 2000)).toMatchObject({
      amount: 20_000,
      percentBp: 2000,
      flagged: false,
    });
    expect(lineDeviation({ key: "1", planned: 100_000, actual: 120_001 }, 2000).flagged).toBe(true);
    expect(lineDeviation({ key: "1", planned: 0, actual: 1 }, 2000)).toMatchObject({
      percentBp: null,
      flagged: true,
    });
    expect(shareOf(260_000, 2_160_000)).toBe(1204);
    expect(shareOf(1, 0)).toBeNull();
  });

  it("the own share is between 0 and 100 %", () => {
    fc.assert(
      fc.property(sources, (s) => {
        const zero = { grant: 0, financial: 0, personal: 0, inKind: 0 };
        const share = reportTotals({ costLines: [], sources: { planned: zero, actual: s } }, 0).ownShareBp
          .actual;
        if (share !== null) expect(share).toBeGreaterThanOrEqual(0);
        if (share !== null) expect(share).toBeLessThanOrEqual(10_000);
      }),
    );
  });
});
