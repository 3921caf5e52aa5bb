import { id, type MatrixEntry, OFFICE, PUBLIC } from "./expected-shapes";

/**
 * The office of the competition's department (Y), coordinators and administrators read a
 * competition's evaluation (policy `evaluation.view`); the officer of another department (X) and
 * the organisations are refused, and so are committee members (plain accounts: they score on
 * their own pages and never see the whole ranking here).
 */
const EVALUATION_Y = {
  ...OFFICE,
  officerX: "deny",
  committeeUndeclared: "deny",
  committeeDeclared: "deny",
} as const;

/** Entries of the results routes (see expected.ts for the notation). */
export const EXPECTED_RESULTS: Record<string, MatrixEntry> = {
  // ── ranking, protocol, decision (domain/ranking) ──
  "urzad.konkursy.$id.ranking.tsx": {
    path: `/urzad/konkursy/${id("evaluationY")}/ranking`,
    params: { id: id("evaluationY") },
    expect: EVALUATION_Y,
  },
  "urzad.konkursy.$id.protokol[.]pdf.ts": {
    path: `/urzad/konkursy/${id("evaluationY")}/protokol.pdf`,
    params: { id: id("evaluationY") },
    expect: EVALUATION_Y,
  },
  "urzad.konkursy.$id.protokol[.]docx.ts": {
    path: `/urzad/konkursy/${id("evaluationY")}/protokol.docx`,
    params: { id: id("evaluationY") },
    expect: EVALUATION_Y,
  },
  "urzad.konkursy.$id.rozstrzygniecie.tsx": {
    path: `/urzad/konkursy/${id("evaluationY")}/rozstrzygniecie`,
    params: { id: id("evaluationY") },
    expect: EVALUATION_Y,
  },
  // ── end of ranking ──
  // ── published results, corrections, reasons, grants (domain/results) ──
  // {competitionX} is published without results: every page of its results is a 404 for everyone.
  "konkursy.$id.wyniki.tsx": {
    path: `/konkursy/${id("resolvedCompetition")}/wyniki`,
    params: { id: id("resolvedCompetition") },
    expect: PUBLIC,
  },
  "konkursy.$id.wyniki[.]csv.ts": {
    path: `/konkursy/${id("resolvedCompetition")}/wyniki.csv`,
    params: { id: id("resolvedCompetition") },
    expect: PUBLIC,
  },
  "konkursy.$id.wyniki[.]xlsx.ts": {
    path: `/konkursy/${id("resolvedCompetition")}/wyniki.xlsx`,
    params: { id: id("resolvedCompetition") },
    expect: PUBLIC,
  },
  "api.v1.competitions_.$id_.results.ts": {
    path: `/api/v1/competitions/${id("resolvedCompetition")}/results`,
    params: { id: id("resolvedCompetition") },
    expect: PUBLIC,
  },
  /** The office of the resolved competition's department (WE): neither X nor Y, so only coordination. */
  "urzad.konkursy.$id.wyniki.tsx": {
    path: `/urzad/konkursy/${id("resolvedCompetition")}/wyniki`,
    params: { id: id("resolvedCompetition") },
    expect: {
      ...OFFICE,
      officerX: "deny",
      officerY: "deny",
      committeeUndeclared: "deny",
      committeeDeclared: "deny",
    },
  },
  "api.v1.grants.ts": { path: "/api/v1/grants", expect: PUBLIC },
  "dotacje.tsx": { path: "/dotacje", expect: PUBLIC },
  "dotacje[.]csv.ts": { path: "/dotacje.csv?rok=2026", expect: PUBLIC },
  "dotacje[.]xlsx.ts": { path: "/dotacje.xlsx?rok=2026", expect: PUBLIC },
  // ── end of results ──
};
