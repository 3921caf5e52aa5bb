import type { MatrixEntry } from "./expected-shapes";

/** Entries of the results routes (see expected.ts for the notation). */
export const EXPECTED_RESULTS: Record<string, MatrixEntry> = {};
