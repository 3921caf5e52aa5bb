import { id, type MatrixEntry, OFFICE, USER } from "./expected-shapes";

/*
 * Entries of the contracts routes (see expected.ts for the notation). {contract} is a contract in
 * progress in {resolvedCompetition} (department WE, neither X nor Y) for an organisation without
 * demo accounts; {report} is one of its reports. The office's pages of it are for the coordinator
 * and the administrator ({ ...OFFICE, officerX: "deny", officerY: "deny" }); the organisation's
 * pages are refused to every role here (no role is its member).
 */

export const EXPECTED_CONTRACTS: Record<string, MatrixEntry> = {
  "urzad.umowy._index.tsx": { path: "/urzad/umowy", expect: OFFICE },
  "urzad.umowy.$id._index.tsx": {
    path: `/urzad/umowy/${id("contract")}`,
    params: { id: id("contract") },
    expect: { ...OFFICE, officerX: "deny", officerY: "deny" },
  },
  "urzad.umowy.$id.podpisana.$plik.ts": {
    path: `/urzad/umowy/${id("contract")}/podpisana/umowa.pdf`,
    params: { id: id("contract"), plik: "umowa.pdf" },
    expect: { ...OFFICE, officerX: "deny", officerY: "deny", coordinator: "any", admin: "any" },
  },
  "panel.umowy._index.tsx": { path: "/panel/umowy", expect: USER },
  "panel.umowy.$id._index.tsx": {
    path: `/panel/umowy/${id("contract")}`,
    params: { id: id("contract") },
    expect: { default: "deny", visitor: "login" },
  },
  // Drawing up the contract and its files (contracts.generate / contracts.document).
  "urzad.oferty.$id.umowa.tsx": {
    path: `/urzad/oferty/${id("reducedOffer")}/umowa`,
    params: { id: id("reducedOffer") },
    expect: { ...OFFICE, officerX: "deny", officerY: "deny" },
  },
  "urzad.umowy.$id.wersje.$numer[.]pdf.ts": {
    path: `/urzad/umowy/${id("contract")}/wersje/1.pdf`,
    params: { id: id("contract"), numer: "1" },
    expect: { ...OFFICE, officerX: "deny", officerY: "deny" },
  },
  "urzad.umowy.$id.wersje.$numer[.]docx.ts": {
    path: `/urzad/umowy/${id("contract")}/wersje/1.docx`,
    params: { id: id("contract"), numer: "1" },
    expect: { ...OFFICE, officerX: "deny", officerY: "deny" },
  },
  "panel.umowy.$id.wersje.$numer[.]pdf.ts": {
    path: `/panel/umowy/${id("contract")}/wersje/1.pdf`,
    params: { id: id("contract"), numer: "1" },
    expect: { default: "deny", visitor: "login" },
  },
  "panel.umowy.$id.wersje.$numer[.]docx.ts": {
    path: `/panel/umowy/${id("contract")}/wersje/1.docx`,
    params: { id: id("contract"), numer: "1" },
    expect: { default: "deny", visitor: "login" },
  },
};
