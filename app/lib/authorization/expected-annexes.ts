import { id, type MatrixEntry, OFFICE } from "./expected-shapes";

/*
 * Entries of the annexes routes (see expected.ts for the notation). {contract} is a contract in
 * progress in {resolvedCompetition} (department WE, neither X nor Y) for an organisation without
 * demo accounts; {report} is one of its reports. The office's pages of it are for the coordinator
 * and the administrator ({ ...OFFICE, officerX: "deny", officerY: "deny" }); the organisation's
 * pages are refused to every role here (no role is its member). {changeRequest} is the demo's
 * approved request of that contract, whose annex is nr 1.
 */

const REFUSED = { default: "deny", visitor: "login" } as const;
const OFFICE_WE = { ...OFFICE, officerX: "deny", officerY: "deny" } as const;

export const EXPECTED_ANNEXES: Record<string, MatrixEntry> = {
  "panel.umowy.$id.zmiana.tsx": {
    path: `/panel/umowy/${id("contract")}/zmiana`,
    params: { id: id("contract") },
    expect: REFUSED,
  },
  "panel.umowy.$id.zmiany.$changeId.tsx": {
    path: `/panel/umowy/${id("contract")}/zmiany/${id("changeRequest")}`,
    params: { id: id("contract"), changeId: id("changeRequest") },
    expect: REFUSED,
  },
  "urzad.umowy.$id.zmiany.$changeId.tsx": {
    path: `/urzad/umowy/${id("contract")}/zmiany/${id("changeRequest")}`,
    params: { id: id("contract"), changeId: id("changeRequest") },
    expect: OFFICE_WE,
  },
  "urzad.umowy.$id.aneksy.$numer[.]pdf.ts": {
    path: `/urzad/umowy/${id("contract")}/aneksy/1.pdf`,
    params: { id: id("contract"), numer: "1" },
    expect: OFFICE_WE,
  },
  "urzad.umowy.$id.aneksy.$numer[.]docx.ts": {
    path: `/urzad/umowy/${id("contract")}/aneksy/1.docx`,
    params: { id: id("contract"), numer: "1" },
    expect: OFFICE_WE,
  },
  "panel.umowy.$id.aneksy.$numer[.]pdf.ts": {
    path: `/panel/umowy/${id("contract")}/aneksy/1.pdf`,
    params: { id: id("contract"), numer: "1" },
    expect: REFUSED,
  },
  "panel.umowy.$id.aneksy.$numer[.]docx.ts": {
    path: `/panel/umowy/${id("contract")}/aneksy/1.docx`,
    params: { id: id("contract"), numer: "1" },
    expect: REFUSED,
  },
};
