import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { completenessIssues } from "~/domain/offers/checks";
import { DECLARATION_KEYS, emptySections, SECTION_KEYS } from "~/domain/offers/sections";
import { OFFER_STATUSES } from "~/domain/offers/states";
import { catalogs, translator } from "../../i18n/catalog";
import { fieldLabel, sectionTitle } from "./field-labels";

/*
 * Every message key the offers' NGO pages use exists in Polish and in English: the keys written
 * in the components and routes, the plural forms, and the keys built from the section schemas
 * (field labels, section titles, declarations, statuses).
 */

const here = import.meta.dirname;
const routes = join(here, "../../routes");
const sources = [
  ...readdirSync(here)
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.startsWith("offer-document") && !f.startsWith("attachments"))
    .filter((f) => !f.endsWith(".test.ts"))
    .map((f) => join(here, f)),
  ...readdirSync(routes)
    .filter((f) => f.startsWith("panel.oferty.") && !f.includes("zalaczniki"))
    .map((f) => join(routes, f)),
];

function keysIn(text: string): { plain: string[]; plural: string[] } {
  const plain = new Set<string>();
  const plural = new Set<string>();
  for (const m of text.matchAll(/\bt\(\s*"([a-z][\w.]+)"/g)) plain.add(m[1] as string);
  for (const m of text.matchAll(/messageKey="([a-z][\w.]+)"/g)) plain.add(m[1] as string);
  for (const m of text.matchAll(/"(offers\.[\w.]+)"/g)) plain.add(m[1] as string);
  for (const m of text.matchAll(/plural\(\s*t,\s*\w+,\s*"([\w.]+)"/g)) plural.add(m[1] as string);
  for (const k of plural) plain.delete(k);
  return { plain: [...plain], plural: [...plural] };
}

describe("the offers' message keys", () => {
  it("every key written in the pages exists in both catalogues", () => {
    const missing: string[] = [];
    for (const file of sources) {
      const { plain, plural } = keysIn(readFileSync(file, "utf8"));
      const keys = [...plain, ...plural.flatMap((k) => [`${k}.one`, `${k}.few`, `${k}.many`])];
      for (const key of keys)
        for (const locale of ["pl", "en"] as const)
          if (!(key in catalogs[locale])) missing.push(`${locale}: ${key} (${file.split("/").pop()})`);
    }
    expect(missing).toEqual([]);
    expect(sources.length).toBeGreaterThan(15);
  });

  it("labels built from the schemas: sections, every field an issue can name, declarations, statuses", () => {
    const issues = completenessIssues(emptySections());
    const fields = [
      ...issues.map((i) => [i.section, i.field] as const),
      ...["grant", "own", "financial", "fees", "personal", "inKind", "total", "nonFinancial"].map(
        (f) => ["costs", `sources.${f}`] as const,
      ),
      ["costs", "rows"] as const,
      ["costs", "split"] as const,
      ["costs", "rows.0.action"] as const,
      ["costs", "rows.0.year"] as const,
      ["task", "actions.0.start"] as const,
      ["task", "actions.0.end"] as const,
      ["other", "attachments"] as const,
    ];
    for (const locale of ["pl", "en"] as const) {
      const t = translator(locale);
      const strict = (key: string) => {
        expect(catalogs[locale], `${locale}: ${key}`).toHaveProperty([key]);
        return t(key);
      };
      for (const s of SECTION_KEYS) {
        strict(`offers.section.${s}`);
        strict(`offers.section.${s}.short`);
        expect(sectionTitle(t, s)).not.toContain("offers.");
      }
      for (const [section, field] of fields)
        expect(fieldLabel(t, section, field), `${locale}: ${section}:${field}`).not.toContain("offers.");
      for (const k of DECLARATION_KEYS) strict(`offers.declaration.${k}`);
      for (const s of OFFER_STATUSES) strict(`offers.status.${s}`);
      for (const n of [
        "started",
        "saved",
        "submitted",
        "alreadySubmitted",
        "withdrawn",
        "partnerAdded",
        "partnerRemoved",
      ])
        strict(`offers.notice.${n}`);
    }
  });

  it("the submit button says „Złóż ofertę”", () => {
    expect(translator("pl")("offers.submit.button")).toBe("Złóż ofertę");
  });
});
