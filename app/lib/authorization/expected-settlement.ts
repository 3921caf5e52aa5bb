import type { MatrixEntry } from "./expected-shapes";

/*
 * Entries of the settlement routes (see expected.ts for the notation). {contract} is a contract in
 * progress in {resolvedCompetition} (department WE, neither X nor Y) for an organisation without
 * demo accounts; {report} is one of its reports. The office's pages of it are for the coordinator
 * and the administrator ({ ...OFFICE, officerX: "deny", officerY: "deny" }); the organisation's
 * pages are refused to every role here (no role is its member).
 */

export const EXPECTED_SETTLEMENT: Record<string, MatrixEntry> = {};
