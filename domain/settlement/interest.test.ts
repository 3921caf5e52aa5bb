import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { finalReportDueDate, returnDueDate, unusedInterestFrom } from "./due-dates";
import { computeInterest, roundToZloty } from "./interest";

const RATES = [
  { from: "2023-10-05", yearlyBp: 1_450 },
  { from: "2025-05-08", yearlyBp: 1_350 },
  { from: "2025-07-03", yearlyBp: 1_300 },
];

describe("computeInterest", () => {
  it("sums the rate table's periods and rounds once to full złoty", () => {
    // 10 000,00 zł from 2025-05-01 to 2025-05-10: 7 days at 14,5 % and 3 days at 13,5 %.
    const interest = computeInterest({
      amount: 1_000_000,
      from: "2025-05-01",
      to: "2025-05-10",
      rates: RATES,
      thresholdGrosze: 870,
    });
    expect(interest.periods).toEqual([
      { from: "2025-05-01", to: "2025-05-07", days: 7, yearlyBp: 1_450 },
      { from: "2025-05-08", to: "2025-05-10", days: 3, yearlyBp: 1_350 },
    ]);
    // 10 000 × (7 × 0,145 + 3 × 0,135) / 365 = 38,90 zł → 39 zł.
    expect(interest.amount).toBe(3_900);
  });

  it("charges nothing up to the threshold and nothing for a payment on time", () => {
    const small = computeInterest({
      amount: 10_000,
      from: "2025-08-01",
      to: "2025-08-31",
      rates: RATES,
      thresholdGrosze: 870,
    });
    expect(small.amount).toBe(0);
    const onTime = computeInterest({
      amount: 1_000_000,
      from: "2025-08-02",
      to: "2025-08-01",
      rates: RATES,
      thresholdGrosze: 870,
    });
    expect(onTime).toMatchObject({ amount: 0, days: 0, periods: [] });
  });

  it("refuses a period the rate table does not cover", () => {
    expect(() =>
      computeInterest({
        amount: 100,
        from: "2020-01-01",
        to: "2020-02-01",
        rates: RATES,
        thresholdGrosze: 0,
      }),
    ).toThrow(RangeError);
  });

  it("rounds as Ordynacja podatkowa art. 63 § 1 says: under 50 gr down, from 50 gr up", () => {
    expect(roundToZloty(4_949n, 1n)).toBe(4_900);
    expect(roundToZloty(4_950n, 1n)).toBe(5_000);
  });

  const day = fc
    .integer({ min: 0, max: 900 })
    .map((n) => new Date(Date.UTC(2023, 9, 5) + n * 86_400_000).toISOString().slice(0, 10));

  it("splitting the days into two runs never changes the exact interest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), day, day, day, (amount, a, b, c) => {
        const [from, mid, to] = [a, b, c].sort() as [string, string, string];
        const whole = computeInterest({ amount, from, to, rates: RATES, thresholdGrosze: 0 });
        const first = computeInterest({ amount, from, to: mid, rates: RATES, thresholdGrosze: 0 });
        const second = computeInterest({ amount, from: mid, to, rates: RATES, thresholdGrosze: 0 });
        // The middle day is in both halves: take it out once.
        const middle = computeInterest({ amount, from: mid, to: mid, rates: RATES, thresholdGrosze: 0 });
        expect(first.exactNumerator + second.exactNumerator - middle.exactNumerator).toBe(
          whole.exactNumerator,
        );
        expect(whole.amount).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("grows with the amount and with the days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        day,
        day,
        (x, y, a, b) => {
          const [from, to] = [a, b].sort() as [string, string];
          const small = computeInterest({
            amount: Math.min(x, y),
            from,
            to,
            rates: RATES,
            thresholdGrosze: 0,
          });
          const big = computeInterest({ amount: Math.max(x, y), from, to, rates: RATES, thresholdGrosze: 0 });
          expect(big.amount).toBeGreaterThanOrEqual(small.amount);
        },
      ),
    );
  });
});

describe("due dates", () => {
  it("a task ending with the budget year returns by 31 January, others 15 days after the end", () => {
    expect(returnDueDate("2025-12-31")).toBe("2026-01-31");
    expect(returnDueDate("2025-08-31")).toBe("2025-09-15");
    expect(returnDueDate("2025-08-31", 10)).toBe("2025-09-10");
    expect(unusedInterestFrom("2026-01-31")).toBe("2026-02-01");
  });

  it("the final report is due 30 days after the task ends (UDPP art. 18 ust. 1)", () => {
    expect(finalReportDueDate("2025-12-31")).toBe("2026-01-30");
    expect(finalReportDueDate("2024-02-10")).toBe("2024-03-11");
  });
});
