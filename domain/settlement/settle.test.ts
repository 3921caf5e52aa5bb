import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SettlementInputError } from "./refund";
import { settleGrant } from "./settle";

const line = (key: string, planned: number, actual: number, ineligible = 0) => ({
  key,
  planned,
  actual,
  ineligible,
});

describe("settleGrant", () => {
  it("returns the unused grant, the costs over the 20 % shift, the ineligible costs and the interest", () => {
    const s = settleGrant({
      received: 1_000_000,
      grantSpent: 900_000,
      allowedShiftBp: 2_000,
      bankInterest: 1_234,
      lines: [
        line("1", 500_000, 400_000),
        line("2", 300_000, 390_000), // allowed 360 000: 30 000 over
        line("3", 200_000, 210_000, 12_345),
      ],
    });
    expect(s.lines.map((l) => l.allowed)).toEqual([600_000, 360_000, 240_000]);
    expect(s.lines.map((l) => l.overShift)).toEqual([0, 30_000, 0]);
    expect(s.unused).toBe(100_000);
    expect(s.usedAgainstContract).toBe(42_345);
    expect(s.total).toBe(100_000 + 42_345 + 1_234);
  });

  it("never takes back more of the grant than was spent from it", () => {
    const s = settleGrant({
      received: 100_000,
      grantSpent: 10_000,
      allowedShiftBp: 0,
      bankInterest: 0,
      lines: [line("1", 100_000, 200_000, 50_000)],
    });
    expect(s.overShift).toBe(50_000);
    expect(s.usedAgainstContract).toBe(10_000);
    expect(s.total).toBe(100_000);
  });

  it("refuses a grant spent above the grant received and an ineligible part above the cost", () => {
    expect(() =>
      settleGrant({ received: 10, grantSpent: 11, allowedShiftBp: 0, bankInterest: 0, lines: [] }),
    ).toThrow(SettlementInputError);
    expect(() =>
      settleGrant({
        received: 10,
        grantSpent: 1,
        allowedShiftBp: 0,
        bankInterest: 0,
        lines: [line("1", 5, 5, 6)],
      }),
    ).toThrow(SettlementInputError);
  });

  const amount = fc.integer({ min: 0, max: 50_000_000 });
  const input = fc
    .record({
      rows: fc.array(fc.tuple(amount, amount, fc.integer({ min: 0, max: 100 })), { maxLength: 30 }),
      received: amount,
      spentShare: fc.integer({ min: 0, max: 100 }),
      shift: fc.integer({ min: 0, max: 10_000 }),
      bankInterest: amount,
    })
    .map(({ rows, received, spentShare, shift, bankInterest }) => ({
      lines: rows.map(([planned, actual, pct], i) =>
        line(String(i + 1), planned, actual, Math.floor((actual * pct) / 100)),
      ),
      received,
      grantSpent: Math.floor((received * spentShare) / 100),
      allowedShiftBp: shift,
      bankInterest,
    }));

  it("is never negative and never more than received plus interest", () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = settleGrant(i);
        expect(s.total).toBeGreaterThanOrEqual(0);
        expect(s.total).toBeLessThanOrEqual(i.received + i.bankInterest);
        expect(s.total).toBe(s.unused + s.usedAgainstContract + s.bankInterest);
      }),
    );
  });

  it("grows (or stays) when more of a line is marked ineligible", () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.integer({ min: 1, max: 1_000_000 }), (i, pick, more) => {
        if (i.lines.length === 0) return;
        const k = pick % i.lines.length;
        const target = i.lines[k] as (typeof i.lines)[number];
        const raised = Math.min(target.actual, target.ineligible + more);
        const after = settleGrant({
          ...i,
          lines: i.lines.map((l, n) => (n === k ? { ...l, ineligible: raised } : l)),
        });
        expect(after.total).toBeGreaterThanOrEqual(settleGrant(i).total);
      }),
    );
  });

  it("is zero when every line is within the shift, nothing is ineligible, all is spent and no interest", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, fc.integer({ min: 0, max: 120 })), { maxLength: 30 }),
        amount,
        (rows, received) => {
          const lines = rows.map(([planned, pct], n) =>
            line(String(n + 1), planned, Math.floor((planned * pct) / 100)),
          );
          const s = settleGrant({
            received,
            grantSpent: received,
            allowedShiftBp: 2_000,
            bankInterest: 0,
            lines,
          });
          expect(s.total).toBe(0);
        },
      ),
    );
  });
});
