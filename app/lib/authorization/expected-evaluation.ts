import type { MatrixEntry } from "./expected-shapes";

/** Entries of the evaluation routes (see expected.ts for the notation). */
export const EXPECTED_EVALUATION: Record<string, MatrixEntry> = {};
