import { id, type MatrixEntry, MEMBER_A } from "./expected-shapes";

/*
 * Entries of the evaluation routes (see expected.ts for the notation). The office's formal-check
 * pages of {evaluationY} and its offer are for department Y's officer, the coordinator and the
 * administrator (department X's officer is refused by the competition's policy); the
 * organisation's correction and signed-copy pages of an offer are for its offerors' members.
 */

const OFFICE_Y = {
  default: "deny",
  visitor: "login",
  officerY: "ok",
  coordinator: "ok",
  admin: "ok",
} as const;

export const EXPECTED_EVALUATION: Record<string, MatrixEntry> = {
  "urzad.konkursy.$id.ocena-formalna.tsx": {
    path: `/urzad/konkursy/${id("evaluationY")}/ocena-formalna`,
    params: { id: id("evaluationY") },
    expect: OFFICE_Y,
  },
  "urzad.oferty.$id.ocena-formalna.tsx": {
    path: `/urzad/oferty/${id("evaluatedOfferY")}/ocena-formalna`,
    params: { id: id("evaluatedOfferY") },
    expect: OFFICE_Y,
  },
  "urzad.oferty.$id.roznice.tsx": {
    path: `/urzad/oferty/${id("evaluatedOfferY")}/roznice?z=1&do=1`,
    params: { id: id("evaluatedOfferY") },
    expect: OFFICE_Y,
  },
  "panel.oferty.$id.korekta.tsx": {
    path: `/panel/oferty/${id("offerA")}/korekta`,
    params: { id: id("offerA") },
    expect: MEMBER_A,
  },
  "panel.oferty.$id.kopia-podpisana.tsx": {
    path: `/panel/oferty/${id("offerA")}/kopia-podpisana`,
    params: { id: id("offerA") },
    expect: MEMBER_A,
  },
};
