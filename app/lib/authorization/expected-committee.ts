import type { MatrixEntry } from "./expected-shapes";

/** Entries of the committee routes (see expected.ts for the notation). */
export const EXPECTED_COMMITTEE: Record<string, MatrixEntry> = {};
