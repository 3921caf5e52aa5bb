import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPORT_FILTERS } from "~/domain/reports/list-office-reports";
import { REPORT_KIND_VALUES, REPORT_STATUS_VALUES } from "~/platform/db/schema/reports";
import { areaSources } from "~/test/area-sources";
import { catalogs } from "../../i18n/catalog";

/*
 * Every message key the reports' pages and rules use exists in Polish and in English: the keys
 * written in the components, routes and domain files, and those built from kinds, statuses,
 * filters, sources and declarations.
 */

const sources = areaSources("reports", /^(panel|urzad)\.sprawozdania/);

describe("the reports' message keys", () => {
  it("every key written or built exists in both catalogues", () => {
    const keys = new Set<string>();
    for (const file of sources)
      for (const m of readFileSync(file, "utf8").matchAll(/"(reports\.[a-z]+\.[\w.-]+)(?:\|[^"]*)?"/g))
        keys.add(m[1] as string);
    for (const k of REPORT_KIND_VALUES) keys.add(`reports.kind.${k}`).add(`reports.title.${k}`);
    for (const s of REPORT_STATUS_VALUES) keys.add(`reports.status.${s}`);
    for (const f of REPORT_FILTERS) keys.add(`reports.filter.${f}`);
    for (const s of ["grant", "financial", "personal", "inKind", "own", "total"])
      keys.add(`reports.sources.${s}`);
    for (const s of ["grant", "financial", "personal", "inKind"]) keys.add(`reports.financial.source.${s}`);
    for (const d of ["truthful", "vatAccounting", "dataConsent"]) keys.add(`reports.declarations.${d}`);
    for (const n of ["saved", "submitted", "alreadySubmitted", "accepted", "returned"])
      keys.add(`reports.notice.${n}`);
    expect(keys.size).toBeGreaterThan(100);
    for (const locale of ["pl", "en"] as const) {
      const catalog = catalogs[locale] as Record<string, string>;
      expect(
        [...keys].filter((k) => !(k in catalog)),
        locale,
      ).toEqual([]);
    }
  });
});
