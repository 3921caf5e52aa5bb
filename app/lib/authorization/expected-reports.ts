import { id, type MatrixEntry, OFFICE } from "./expected-shapes";

/*
 * Entries of the reports routes (see expected.ts for the notation). {contract} is a contract in
 * progress in {resolvedCompetition} (department WE, neither X nor Y) for an organisation without
 * demo accounts; {report} is one of its reports. The office's pages of it are for the coordinator
 * and the administrator ({ ...OFFICE, officerX: "deny", officerY: "deny" }); the organisation's
 * pages are refused to every role here (no role is its member). The report has no submitted
 * version in the matrix world, so its version PDF answers 404 to those who may read it ("any").
 */

const OFFICE_WE = { ...OFFICE, officerX: "deny", officerY: "deny" } as const;
const NGO_OF_OTHERS = { default: "deny", visitor: "login" } as const;

export const EXPECTED_REPORTS: Record<string, MatrixEntry> = {
  "urzad.sprawozdania._index.tsx": { path: "/urzad/sprawozdania", expect: OFFICE },
  "urzad.sprawozdania.$id._index.tsx": {
    path: `/urzad/sprawozdania/${id("report")}`,
    params: { id: id("report") },
    expect: OFFICE_WE,
  },
  "urzad.sprawozdania.$id.wersje.$numer[.]pdf.ts": {
    path: `/urzad/sprawozdania/${id("report")}/wersje/1.pdf`,
    params: { id: id("report"), numer: "1" },
    expect: { ...OFFICE_WE, coordinator: "any", admin: "any" },
  },
  "panel.sprawozdania.$id._index.tsx": {
    path: `/panel/sprawozdania/${id("report")}`,
    params: { id: id("report") },
    expect: NGO_OF_OTHERS,
  },
  "panel.sprawozdania.$id.wersje.$numer[.]pdf.ts": {
    path: `/panel/sprawozdania/${id("report")}/wersje/1.pdf`,
    params: { id: id("report"), numer: "1" },
    expect: NGO_OF_OTHERS,
  },
};
