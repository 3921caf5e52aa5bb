import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allowedAmount, computeRefund, increaseBp, SettlementInputError, withinAllowedShift } from "./refund";

const line = (key: string, plannedGrant: number, actualGrant: number, ineligible = 0) => ({
  key,
  plannedGrant,
  actualGrant,
  ineligible,
});

describe("computeRefund", () => {
  it("returns the unused grant, the spending over the 20 % shift and the ineligible costs, to the grosz", () => {
    // Planned 5 000,00 + 3 000,00 + 2 000,00 = 10 000,00 received.
    const refund = computeRefund({
      received: 1_000_000,
      allowedShiftBp: 2_000,
      bankInterest: 1_234,
      lines: [
        line("1", 500_000, 300_000), // under plan: fine
        line("2", 300_000, 390_000), // +30 %: 30 000 over the allowed 360 000
        line("3", 200_000, 200_000, 12_345), // ineligible invoice
      ],
    });
    expect(refund.lines.map((l) => l.allowedGrant)).toEqual([600_000, 360_000, 240_000]);
    expect(refund.lines.map((l) => l.overShift)).toEqual([0, 30_000, 0]);
    expect(refund.lines[1]?.increaseBp).toBe(3_000);
    expect(refund.unused).toBe(1_000_000 - 890_000);
    expect(refund.overShift).toBe(30_000);
    expect(refund.ineligible).toBe(12_345);
    expect(refund.total).toBe(110_000 + 30_000 + 12_345 + 1_234);
    expect(refund.usedAgainstContract).toBe(42_345);
    expect(refund.accepted).toBe(890_000 - 42_345);
  });

  it("counts an increase of exactly the allowed shift as within the plan", () => {
    expect(withinAllowedShift({ plannedGrant: 100_000, actualGrant: 120_000 }, 2_000)).toBe(true);
    expect(withinAllowedShift({ plannedGrant: 100_000, actualGrant: 120_001 }, 2_000)).toBe(false);
    // 20 % of 0,03 zł is 0,006 zł: rounded down, the organisation never gains by rounding.
    expect(allowedAmount(3, 2_000)).toBe(3);
  });

  it("refuses impossible input instead of guessing", () => {
    expect(() =>
      computeRefund({ received: 100, allowedShiftBp: 2_000, bankInterest: 0, lines: [line("1", 100, 200)] }),
    ).toThrow(SettlementInputError);
    expect(() =>
      computeRefund({
        received: 100,
        allowedShiftBp: 2_000,
        bankInterest: 0,
        lines: [line("1", 100, 50, 60)],
      }),
    ).toThrow(SettlementInputError);
    expect(() => computeRefund({ received: 1.5, allowedShiftBp: 2_000, bankInterest: 0, lines: [] })).toThrow(
      SettlementInputError,
    );
  });

  const amount = fc.integer({ min: 0, max: 50_000_000 });
  const lines = fc
    .array(fc.tuple(amount, amount, fc.integer({ min: 0, max: 100 })), { maxLength: 40 })
    .map((rows) =>
      rows.map(([planned, actual, pct], i) =>
        line(String(i + 1), planned, actual, Math.floor((actual * pct) / 100)),
      ),
    );
  const input = fc
    .record({ lines, extra: amount, shift: fc.integer({ min: 0, max: 10_000 }), bankInterest: amount })
    .map(({ lines, extra, shift, bankInterest }) => ({
      lines,
      allowedShiftBp: shift,
      bankInterest,
      received: lines.reduce((s, l) => s + l.actualGrant, 0) + extra,
    }));

  it("always adds up: accepted + returned (without bank interest) = received", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = computeRefund(i);
        expect(r.accepted + r.total - r.bankInterest).toBe(i.received);
        expect(r.total).toBe(r.unused + r.overShift + r.ineligible + r.bankInterest);
        expect(r.total).toBeGreaterThanOrEqual(0);
        for (const l of r.lines) {
          expect(l.overShift).toBeGreaterThanOrEqual(0);
          expect(l.overShift + l.ineligible).toBeLessThanOrEqual(l.actualGrant);
        }
      }),
    );
  });

  it("never asks back more when the organisation spends less on a line", () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.integer({ min: 1, max: 1_000_000 }), (i, pick, less) => {
        if (i.lines.length === 0) return;
        const index = pick % i.lines.length;
        const target = i.lines[index] as (typeof i.lines)[number];
        const lowered = Math.max(target.ineligible, target.actualGrant - less);
        const changed = i.lines.map((l, k) => (k === index ? { ...l, actualGrant: lowered } : l));
        const before = computeRefund(i);
        const after = computeRefund({ ...i, lines: changed });
        // Less spent on one line: the unused part grows by exactly what was not spent, the
        // part over the shift cannot grow.
        expect(after.overShift).toBeLessThanOrEqual(before.overShift);
        expect(after.unused - before.unused).toBe(target.actualGrant - lowered);
      }),
    );
  });

  it("a wider allowed shift never increases what is returned", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 5_000 }), (i, more) => {
        const narrow = computeRefund(i);
        const wide = computeRefund({ ...i, allowedShiftBp: i.allowedShiftBp + more });
        expect(wide.total).toBeLessThanOrEqual(narrow.total);
      }),
    );
  });

  it("shows the increase over plan in basis points, rounded half up", () => {
    expect(increaseBp(300, 301)).toBe(33);
    expect(increaseBp(300, 299)).toBe(-33);
    expect(increaseBp(0, 100)).toBeNull();
  });
});
