import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHANGE_KINDS } from "~/domain/annexes/schemas";
import { CHANGE_REQUEST_STATUS_VALUES } from "~/platform/db/schema/contracts";
import { areaSources } from "~/test/area-sources";
import { catalogs } from "../../i18n/catalog";

/*
 * Every message key the change requests' pages and rules use exists in Polish and in English:
 * the keys written in the components, routes and domain files, and those built from the kinds,
 * statuses and fields.
 */

const sources = areaSources("annexes", /^(panel|urzad)\.umowy\.\$id\.(zmian|aneksy)/);

describe("the annexes' message keys", () => {
  it("every key written or built exists in both catalogues", () => {
    const keys = new Set<string>();
    for (const file of sources)
      for (const m of readFileSync(file, "utf8").matchAll(
        /"(annexes\.(?:error|notice|form|office|diff|lines|annex|request|withdraw|kinds|field|source|status|kind)\.[\w.]+)(?:\|[^"]*)?"/g,
      ))
        keys.add(m[1] as string);
    for (const k of CHANGE_KINDS) keys.add(`annexes.kind.${k}`);
    for (const s of CHANGE_REQUEST_STATUS_VALUES) keys.add(`annexes.status.${s}`);
    for (const f of [
      "taskStart",
      "taskEnd",
      "totalCost",
      "ownContribution",
      "bankAccount",
      "sources.financial",
      "sources.fees",
      "sources.personal",
      "sources.inKind",
    ])
      keys.add(`annexes.field.${f}`);
    for (const d of ["approve", "reject"]) keys.add(`annexes.office.${d}`);
    const missing = [...keys].flatMap((key) =>
      (["pl", "en"] as const).filter((l) => !(key in catalogs[l])).map((l) => `${l}: ${key}`),
    );
    expect(missing).toEqual([]);
    expect(keys.size).toBeGreaterThan(60);
  });
});
