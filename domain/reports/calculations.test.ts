import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedAmount } from "../settlement/refund";
import {
  documentsComparison,
  documentsOutsidePeriod,
  lineDeviation,
  reportTotals,
  shareOf,
} from "./calculations";
import type { ReportCostLine, ReportDocument } from "./content";

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

  const document = (keys: number) =>
    fc
      .record({
        costLine: fc.integer({ min: 1, max: keys + 2 }).map(String),
        fromGrant: money,
        fromOther: money,
        extra: money,
        date: fc.constantFrom("2026-01-31", "2026-02-01", "2026-06-15", "2026-11-30", "2026-12-01"),
      })
      .map(
        (d): ReportDocument => ({
          number: "FV/1",
          date: d.date,
          issuer: "",
          costLine: d.costLine,
          description: "",
          amount: d.fromGrant + d.fromOther + d.extra,
          fromGrant: d.fromGrant,
          fromOther: d.fromOther,
        }),
      );
  const withDocuments = lines.chain((costLines) =>
    fc.tuple(fc.constant(costLines), fc.array(document(costLines.length), { maxLength: 40 })),
  );

  it("sums the documents per cost line exactly, the rest as unassigned", () => {
    fc.assert(
      fc.property(withDocuments, ([costLines, documents]) => {
        const c = documentsComparison({ costLines, documents });
        const sum = (ds: ReportDocument[], f: (d: ReportDocument) => number) =>
          ds.reduce((a, d) => a + f(d), 0);
        expect(c.lines.map((l) => l.key)).toEqual(costLines.map((l) => l.key));
        for (const [i, l] of c.lines.entries()) {
          const mine = documents.filter((d) => d.costLine === l.key);
          expect(l.count).toBe(mine.length);
          expect(l.fromGrant).toBe(sum(mine, (d) => d.fromGrant));
          expect(l.fromOther).toBe(sum(mine, (d) => d.fromOther));
          expect(l.total).toBe(l.fromGrant + l.fromOther);
          expect(l.actual).toBe(costLines[i]?.actual);
          expect(l.difference).toBe(l.actual - l.total);
          expect(l.exceeds).toBe(l.total > l.actual);
          expect(Number.isSafeInteger(l.total)).toBe(true);
        }
        const parts = [...c.lines, c.unassigned];
        expect(parts.reduce((a, l) => a + l.count, 0)).toBe(documents.length);
        expect(parts.reduce((a, l) => a + l.fromGrant, 0)).toBe(c.totals.fromGrant);
        expect(parts.reduce((a, l) => a + l.fromOther, 0)).toBe(c.totals.fromOther);
        expect(c.totals.fromGrant).toBe(sum(documents, (d) => d.fromGrant));
        expect(c.totals.total).toBe(c.totals.fromGrant + c.totals.fromOther);
        expect(c.totals.amount).toBe(sum(documents, (d) => d.amount));
        expect(c.totals.total).toBeLessThanOrEqual(c.totals.amount);
        expect(c.exceeding).toEqual(c.lines.filter((l) => l.total > l.actual).map((l) => l.key));
      }),
    );
  });

  it("compares the documents with the actual cost on known figures", () => {
    const costLines: ReportCostLine[] = [
      { key: "1", action: 1, name: "Trener", planned: 100_000, actual: 100_000, explanation: "" },
      { key: "2", action: null, name: "Księgowość", planned: 20_000, actual: 20_000, explanation: "" },
    ];
    const doc = (costLine: string, fromGrant: number, fromOther: number): ReportDocument => ({
      number: "FV/1",
      date: "2026-03-01",
      issuer: "",
      costLine,
      description: "",
      amount: fromGrant + fromOther,
      fromGrant,
      fromOther,
    });
    const c = documentsComparison({
      costLines,
      documents: [doc("1", 60_000, 10_001), doc("1", 30_000, 0), doc("2", 10_000, 5_000), doc("9", 1, 2)],
    });
    expect(c.lines[0]).toMatchObject({ total: 100_001, difference: -1, exceeds: true });
    expect(c.lines[1]).toMatchObject({ total: 15_000, difference: 5_000, exceeds: false });
    expect(c.unassigned).toEqual({ count: 1, fromGrant: 1, fromOther: 2, total: 3 });
    expect(c.exceeding).toEqual(["1"]);
  });

  it("warns of documents dated outside the task's period, bounds included in it", () => {
    fc.assert(
      fc.property(withDocuments, ([, documents]) => {
        const outside = documentsOutsidePeriod(documents, { start: "2026-02-01", end: "2026-11-30" });
        for (const [i, d] of documents.entries())
          expect(outside.includes(i)).toBe(d.date === "2026-01-31" || d.date === "2026-12-01");
      }),
    );
  });
});
