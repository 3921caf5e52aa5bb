import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CHECKLIST } from "~/domain/evaluation/checklist";
import { SECTION_KEYS } from "~/domain/offers/sections";
import { CORRECTION_STATUS_VALUES, FORMAL_OUTCOME_VALUES } from "~/platform/db/schema/evaluation";
import { catalogs } from "../../i18n/catalog";

/* Every message key the formal check's pages and use cases use exists in Polish and in English. */

const here = import.meta.dirname;
const root = join(here, "../../..");
const files = [
  ...readdirSync(here)
    .filter((f) => f.endsWith(".tsx"))
    .map((f) => join(here, f)),
  ...["ocena-formalna", "korekta", "kopia-podpisana", "roznice"].flatMap((name) =>
    readdirSync(join(root, "app/routes"))
      .filter((f) => f.includes(name))
      .map((f) => join(root, "app/routes", f)),
  ),
  ...readdirSync(join(root, "domain/evaluation"))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => join(root, "domain/evaluation", f)),
  join(root, "app/lib/evaluation/office.server.ts"),
  join(root, "app/lib/evaluation/ngo.server.ts"),
];

/** Keys that are names of audit actions or mail templates, not messages. */
const NOT_MESSAGES =
  /^evaluation\.(formal\.|marksSaved|checklistChanged|correction(Submitted|Expired)$|signedCopy(Uploaded|Refused)$|run$|view$|expire)/;

describe("the formal check's message keys", () => {
  it("every key written in the pages and use cases exists in both catalogues", () => {
    const keys = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/"(evaluation\.[\w.]+[\w])"/g)) keys.add(m[1] as string);
    }
    const dynamic = [
      ...FORMAL_OUTCOME_VALUES.map((o) => `evaluation.outcome.${o}`),
      ...["match", "mismatch", "not_found", "none"].map((c) => `evaluation.copy.${c}`),
      ...["pass", "fail", "na", "none"].map((r) => `evaluation.result.${r}`),
      ...[...SECTION_KEYS, "offerorData", "attachments"].map((s) => `evaluation.section.${s}`),
      ...CORRECTION_STATUS_VALUES.map((s) => `evaluation.correctionStatus.${s}`),
      ...["submission", "correction"].map((k) => `evaluation.kind.${k}`),
      ...["checklistSaved", "marksSaved", "decided", "copyMatch", "copyMismatch", "copyNotFound"].map(
        (n) => `evaluation.notice.${n}`,
      ),
    ];
    const missing = [...keys, ...dynamic]
      .filter((k) => !NOT_MESSAGES.test(k))
      .flatMap((k) => (["pl", "en"] as const).filter((l) => !(k in catalogs[l])).map((l) => `${l}: ${k}`));
    expect(missing).toEqual([]);
    expect(keys.size).toBeGreaterThan(50);
    expect(DEFAULT_CHECKLIST).toHaveLength(6);
  });
});
