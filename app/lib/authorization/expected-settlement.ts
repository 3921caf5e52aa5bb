import { ADMIN, id, type MatrixEntry, OFFICE } from "./expected-shapes";

/*
 * Entries of the settlement routes (see expected.ts for the notation). {contract} is a contract in
 * progress in {resolvedCompetition} (department WE, neither X nor Y) for an organisation without
 * demo accounts; {report} is one of its reports. The office's pages of it are for the coordinator
 * and the administrator ({ ...OFFICE, officerX: "deny", officerY: "deny" }); the organisation's
 * pages are refused to every role here (no role is its member). The table of interest rates is the
 * tenant's configuration: the administrator's (tenant.configure).
 */

export const EXPECTED_SETTLEMENT: Record<string, MatrixEntry> = {
  "urzad.umowy.$id.rozliczenie.tsx": {
    path: `/urzad/umowy/${id("contract")}/rozliczenie`,
    params: { id: id("contract") },
    expect: { ...OFFICE, officerX: "deny", officerY: "deny" },
  },
  "panel.umowy.$id.rozliczenie.tsx": {
    path: `/panel/umowy/${id("contract")}/rozliczenie`,
    params: { id: id("contract") },
    expect: { default: "deny", visitor: "login" },
  },
  "admin.odsetki.tsx": { path: "/admin/odsetki", expect: ADMIN },
};
