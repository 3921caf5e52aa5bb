import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTRACT_FORM_VALUES } from "~/platform/db/schema/contracts";
import { REPORT_KIND_VALUES } from "~/platform/db/schema/reports";
import { catalogs } from "../../i18n/catalog";

/* Every message key of drawing up the contract (pages, form, use cases) exists in Polish and in English. */

const here = import.meta.dirname;
const root = join(here, "../../..");
const files = [
  join(here, "contract-terms-form.tsx"),
  join(here, "generate-contract-links.tsx"),
  join(root, "app/routes/urzad.oferty.$id.umowa.tsx"),
  ...readdirSync(join(root, "domain/contracts"))
    .filter(
      (f) => /^(generate-|edit-contract-draft|documents-read|contract-)/.test(f) && !f.includes(".test."),
    )
    .map((f) => join(root, "domain/contracts", f)),
];

describe("the message keys of drawing up the contract", () => {
  it("every key written exists in both catalogues", () => {
    const keys = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/"(contracts\.(?:generate|document)\.[\w.]+\w)["|]/g))
        keys.add(m[1] as string);
    }
    const dynamic = [
      ...CONTRACT_FORM_VALUES.map((f) => `contracts.generate.form.${f}`),
      ...REPORT_KIND_VALUES.map((k) => `contracts.generate.reportKind.${k}`),
    ];
    const missing = [...keys, ...dynamic].flatMap((k) =>
      (["pl", "en"] as const).filter((l) => !(k in catalogs[l])).map((l) => `${l}: ${k}`),
    );
    expect(missing).toEqual([]);
    expect(keys.size).toBeGreaterThan(30);
  });
});
