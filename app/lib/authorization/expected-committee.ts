import { id, type MatrixEntry } from "./expected-shapes";

/*
 * Entries of the committee routes (see expected.ts for the notation). The office's committee page
 * of {evaluationY} is for department Y's officer, the coordinator and the administrator; the
 * member's pages are for the members of that committee: the committee page for both (the
 * declaration form or the offers), every offer URL only for the member who signed the declaration.
 */

const OFFICE_Y = {
  default: "deny",
  visitor: "login",
  officerY: "ok",
  coordinator: "ok",
  admin: "ok",
} as const;
const COMMITTEE_MEMBERS = {
  default: "deny",
  visitor: "login",
  committeeUndeclared: "ok",
  committeeDeclared: "ok",
} as const;
const DECLARED_MEMBER = { default: "deny", visitor: "login", committeeDeclared: "ok" } as const;

const offerParams = { id: id("evaluationY"), offerId: id("evaluatedOfferY") };

export const EXPECTED_COMMITTEE: Record<string, MatrixEntry> = {
  "urzad.konkursy.$id.komisja.tsx": {
    path: `/urzad/konkursy/${id("evaluationY")}/komisja`,
    params: { id: id("evaluationY") },
    expect: OFFICE_Y,
  },
  "panel.komisje.tsx": { path: "/panel/komisje", expect: { default: "ok", visitor: "login" } },
  "komisja._index.tsx": { path: "/komisja", expect: { default: "ok", visitor: "login" } },
  "komisja.$id._index.tsx": {
    path: `/komisja/${id("evaluationY")}`,
    params: { id: id("evaluationY") },
    expect: COMMITTEE_MEMBERS,
  },
  "komisja.$id.oferty.$offerId.tsx": {
    path: `/komisja/${id("evaluationY")}/oferty/${id("evaluatedOfferY")}`,
    params: offerParams,
    expect: DECLARED_MEMBER,
  },
  "komisja.$id.oferty.$offerId[.]pdf.ts": {
    path: `/komisja/${id("evaluationY")}/oferty/${id("evaluatedOfferY")}.pdf`,
    params: offerParams,
    expect: DECLARED_MEMBER,
  },
  "api.v1.committee.offers.$offerId.ts": {
    path: `/api/v1/committee/offers/${id("evaluatedOfferY")}`,
    params: { offerId: id("evaluatedOfferY") },
    expect: DECLARED_MEMBER,
  },
};
