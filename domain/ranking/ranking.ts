/*
 * The committee's ranking (UDPP art. 15 ust. 1, PROCESS.md §3 "Merit evaluation"). Pure: the use
 * cases read the rows and call rankOffers. An offer's score is the mean of its members' submitted
 * totals; means are compared exactly as fractions (sum × the other's count), never as floats, and
 * shown in hundredths of a point rounded half up.
 */

export type FormalOutcome = "pending" | "passed" | "correction" | "rejected";

export interface RankingInput {
  offerId: string;
  /** The formal check's outcome (null: not checked yet). Only "passed" offers are ranked. */
  formalOutcome: FormalOutcome | null;
  /** The submitted totals of the members who scored the offer (whole points, ≥ 0). */
  totals: readonly number[];
  /** The offer's first submission. */
  firstSubmittedAt: Date;
  /** The first submission's receipt number ("OF/2026/000123"). */
  receiptNumber: string;
}

export interface OfferScore {
  sum: number;
  count: number;
  /** The mean in hundredths of a point, rounded half up (null when nobody scored). */
  meanHundredths: number | null;
  min: number | null;
  max: number | null;
}

export interface RankedEntry extends OfferScore {
  offerId: string;
  /** Mean ≥ the pass threshold (every ranked offer passes when there is no threshold). */
  passed: boolean;
  /** 1 for the first; equal means still get distinct places by the tie rule. */
  rank: number;
}

/** Sum, count, mean in hundredths (half up), min and max of a list of whole-point totals. */
export function scoreOf(totals: readonly number[]): OfferScore {
  const count = totals.length;
  if (count === 0) return { sum: 0, count: 0, meanHundredths: null, min: null, max: null };
  const sum = totals.reduce((a, b) => a + b, 0);
  return {
    sum,
    count,
    meanHundredths: Math.floor((sum * 200 + count) / (2 * count)),
    min: Math.min(...totals),
    max: Math.max(...totals),
  };
}

/** Compares two means exactly: negative when a's mean is lower than b's. */
export function compareMeans(a: Pick<OfferScore, "sum" | "count">, b: Pick<OfferScore, "sum" | "count">) {
  const left = BigInt(a.sum) * BigInt(b.count);
  const right = BigInt(b.sum) * BigInt(a.count);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Whether a mean reaches the threshold (points), exactly: sum ≥ threshold × count. */
export function reachesThreshold(
  score: Pick<OfferScore, "sum" | "count">,
  threshold: number | null,
): boolean {
  if (score.count === 0) return false;
  return threshold === null || BigInt(score.sum) >= BigInt(threshold) * BigInt(score.count);
}

/** Receipt numbers by their trailing sequence number, then as text ("OF/2026/000009" < "OF/2026/000010"). */
export function compareReceipts(a: string, b: string): number {
  const na = /(\d+)$/.exec(a)?.[1];
  const nb = /(\d+)$/.exec(b)?.[1];
  if (na !== undefined && nb !== undefined && na !== nb) {
    const x = BigInt(na);
    const y = BigInt(nb);
    if (x !== y) return x < y ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether an offer enters the ranking: formally passed and scored by at least one member. */
export function isRankable(input: Pick<RankingInput, "formalOutcome" | "totals">): boolean {
  return input.formalOutcome === "passed" && input.totals.length > 0;
}

/**
 * Ranks the offers. Only formally passed offers with at least one submitted sheet are ranked.
 * Order (the tie rule): the higher mean first; equal means → the earlier first submission first;
 * then the lower receipt number; finally the offer id (receipts are unique, so this never decides
 * in practice, but it makes the order total and independent of the input's order).
 */
export function rankOffers(inputs: readonly RankingInput[], threshold: number | null): RankedEntry[] {
  const scored = inputs.filter(isRankable).map((input) => ({ input, score: scoreOf(input.totals) }));
  scored.sort(
    (a, b) =>
      compareMeans(b.score, a.score) ||
      a.input.firstSubmittedAt.getTime() - b.input.firstSubmittedAt.getTime() ||
      compareReceipts(a.input.receiptNumber, b.input.receiptNumber) ||
      (a.input.offerId < b.input.offerId ? -1 : a.input.offerId > b.input.offerId ? 1 : 0),
  );
  return scored.map(({ input, score }, i) => ({
    offerId: input.offerId,
    ...score,
    passed: reachesThreshold(score, threshold),
    rank: i + 1,
  }));
}

/** Hundredths of a point as Polish text: 2345 → "23,45". */
export function formatPoints(hundredths: number | null): string {
  if (hundredths === null) return "—";
  const whole = Math.floor(hundredths / 100);
  return `${whole},${String(hundredths % 100).padStart(2, "0")}`;
}
