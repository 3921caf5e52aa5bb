import { id, type MatrixEntry, MEMBER_A, OFFICE } from "./expected-shapes";

/*
 * Entries of the update-after-the-award routes (see expected.ts for the notation). The
 * organisation's page of an offer is for its offerors' members ({offerA}: organisation A's, which
 * needs no update and says so); the office's page of {reducedOffer} (funded with less than asked
 * in {resolvedCompetition}, department WE) is for the coordinator and the administrator — the
 * officers of departments X and Y are refused by the update's policy.
 */

export const EXPECTED_UPDATES: Record<string, MatrixEntry> = {
  "panel.oferty.$id.aktualizacja.tsx": {
    path: `/panel/oferty/${id("offerA")}/aktualizacja`,
    params: { id: id("offerA") },
    expect: MEMBER_A,
  },
  "urzad.oferty.$id.aktualizacja.tsx": {
    path: `/urzad/oferty/${id("reducedOffer")}/aktualizacja`,
    params: { id: id("reducedOffer") },
    expect: { ...OFFICE, officerX: "deny", officerY: "deny" },
  },
};
