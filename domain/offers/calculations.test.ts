import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  calculateCosts,
  costTotals,
  meetsMinimum,
  rowValue,
  shareBp,
  sourceTotals,
  splitTotals,
  withinCap,
} from "./calculations";
import type { CostRow, Sources } from "./sections";

/*
 * Properties of V.A–V.C (PROCESS.md §11: money exact, shares compared exactly, rounded only for
 * display). Amounts stay within what a real cost table holds (a row under 100 billion grosze) so
 * every sum is a safe integer.
 */

const grosze = fc.integer({ min: 0, max: 1_000_000_000 });
const hundredths = fc.integer({ min: 0, max: 1_000_000 });
const row: fc.Arbitrary<CostRow> = fc.record({
  action: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  name: fc.constant("Koszt"),
  unit: fc.constant("szt."),
  unitCost: fc.option(grosze, { nil: null, freq: 8 }),
  units: fc.option(hundredths, { nil: null, freq: 8 }),
  year: fc.option(fc.integer({ min: 2026, max: 2030 }), { nil: null }),
});
const rows = fc.array(row, { maxLength: 40 });
const sources: fc.Arbitrary<Sources> = fc.record({
  grant: grosze,
  financial: grosze,
  fees: grosze,
  personal: grosze,
  inKind: grosze,
});
const share = fc.record({
  part: fc.integer({ min: 0, max: 1e12 }),
  whole: fc.integer({ min: 1, max: 1e12 }),
});
const bp = fc.integer({ min: 0, max: 10_000 });

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe("V.A: row values and totals", () => {
  it("gives each row unit cost × units to the grosz, rounded half up, and whole units exactly", () => {
    fc.assert(
      fc.property(grosze, hundredths, (unitCost, units) => {
        const value = rowValue({ unitCost, units }) as number;
        const exact = BigInt(unitCost) * BigInt(units); // in hundredths of a grosz
        const diff = BigInt(value) * 100n - exact;
        expect(diff >= -49n && diff <= 50n).toBe(true);
        if (units % 100 === 0) expect(value).toBe(unitCost * (units / 100));
      }),
    );
    expect(rowValue({ unitCost: 1, units: 50 })).toBe(1);
    expect(rowValue({ unitCost: 1, units: 49 })).toBe(0);
    expect(rowValue({ unitCost: 123_456, units: 250 })).toBe(308_640);
    expect(rowValue({ unitCost: null, units: 100 })).toBeNull();
  });

  it("makes the total the sum of the rows, of part I and II, of the actions and of the years", () => {
    fc.assert(
      fc.property(rows, (list) => {
        const t = costTotals(list);
        expect(t.total).toBe(sum(t.rowValues.map((v) => v ?? 0)));
        expect(t.total).toBe(t.actions + t.admin);
        expect(sum(t.byAction.values())).toBe(t.actions);
        expect(sum(t.byYear.values())).toBe(t.total);
        expect(t.admin).toBe(sum(list.map((r, i) => (r.action === null ? (t.rowValues[i] ?? 0) : 0))));
      }),
    );
  });
});

describe("V.B: sources", () => {
  it("leaves nothing unallocated exactly when the sources cover the costs", () => {
    fc.assert(
      fc.property(rows, sources, fc.boolean(), (list, typed, cover) => {
        const totals = costTotals(list);
        // Half the cases make the grant the exact remainder, so "covers" is actually exercised.
        const own = typed.financial + typed.personal + typed.inKind;
        const s = cover && totals.total >= own ? { ...typed, grant: totals.total - own } : typed;
        const v = sourceTotals(s, totals);
        expect(v.own).toBe(s.financial + s.personal + s.inKind);
        expect(v.nonFinancial).toBe(s.personal + s.inKind);
        expect(v.sourcesSum).toBe(v.grant + v.own);
        expect(v.unallocated === 0).toBe(s.grant + s.financial + s.personal + s.inKind === totals.total);
      }),
    );
  });

  it("shares every source of the same whole, the costs", () => {
    fc.assert(
      fc.property(rows, sources, (list, s) => {
        const c = calculateCosts({ rows: list, sources: s, split: [] });
        for (const part of Object.values(c.sources.shares)) expect(part.whole).toBe(c.totals.total);
        expect(c.sources.shares.admin.part).toBe(c.totals.admin);
      }),
    );
  });
});

describe("shares", () => {
  it("compares with a minimum exactly, as the fractions themselves compare", () => {
    fc.assert(
      fc.property(share, bp, ({ part, whole }, min) => {
        // floor(part × 10 000 / whole) ≥ min ⇔ part / whole ≥ min / 10 000, for a whole number min.
        const exact = (BigInt(part) * 10_000n) / BigInt(whole) >= BigInt(min);
        expect(meetsMinimum({ part, whole }, min)).toBe(exact);
      }),
    );
  });

  it("decides the boundary by one grosz where floating point would not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1, max: 10_000 }), (whole, min) => {
        const needed = Number((BigInt(min) * BigInt(whole) + 9_999n) / 10_000n); // the least part that meets it
        expect(meetsMinimum({ part: needed, whole }, min)).toBe(true);
        expect(meetsMinimum({ part: needed - 1, whole }, min)).toBe(false);
      }),
    );
    // 10 % of 3 333 333,33 zł is 333 333,333… zł: 333 333,33 zł falls short, 333 333,34 zł meets it.
    expect(meetsMinimum({ part: 33_333_333, whole: 333_333_333 }, 1_000)).toBe(false);
    expect(meetsMinimum({ part: 33_333_334, whole: 333_333_333 }, 1_000)).toBe(true);
    expect(meetsMinimum({ part: 0, whole: 0 }, 1)).toBe(false);
    expect(meetsMinimum({ part: 0, whole: 0 }, 0)).toBe(true);
  });

  it("rounds a share to basis points within half a basis point", () => {
    fc.assert(
      fc.property(share, ({ part, whole }) => {
        const rounded = BigInt(shareBp({ part, whole }) as number);
        // |rounded − part × 10 000 / whole| ≤ ½  ⇔  |2 × rounded × whole − 20 000 × part| ≤ whole
        const gap = 2n * rounded * BigInt(whole) - 20_000n * BigInt(part);
        expect(gap <= BigInt(whole) && gap >= -BigInt(whole)).toBe(true);
      }),
    );
    expect(shareBp({ part: 1, whole: 0 })).toBeNull();
    expect(shareBp({ part: 1, whole: 3 })).toBe(3_333);
    expect(shareBp({ part: 1, whole: 20_000 })).toBe(1);
  });

  it("caps exactly: within the cap is the negation of exceeding it", () => {
    fc.assert(
      fc.property(share, bp, ({ part, whole }, cap) => {
        expect(withinCap({ part, whole }, cap)).toBe(BigInt(part) * 10_000n <= BigInt(cap) * BigInt(whole));
      }),
    );
  });
});

describe("V.C: split among joint offerors", () => {
  it("sums the split and leaves the rest unallocated", () => {
    fc.assert(
      fc.property(fc.array(grosze, { maxLength: 10 }), grosze, (amounts, total) => {
        const split = amounts.map((amount, i) => ({ organizationId: `id-${i}`, amount }));
        const v = splitTotals(split, total);
        expect(v.sum).toBe(sum(amounts));
        expect(v.unallocated).toBe(total - v.sum);
      }),
    );
  });
});
