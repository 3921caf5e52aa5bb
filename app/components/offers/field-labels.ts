import type { OfferIssue } from "~/domain/offers/checks";
import { SECTION_NUMERALS, type SectionKey } from "~/domain/offers/sections";
import type { Translate } from "../../i18n/catalog";
import type { FieldErrors } from "../forms";

/*
 * Labels of the offer's fields, from the catalogue: `offers.field.<section>.<field>` for a field
 * of a section and `offers.col.<group>.<column>` for a column of repeated rows ("Koszt jednostkowy,
 * wiersz 3"). The form, the error summary and the overview's list of issues use the same words.
 */

/** The label of a field of a section, e.g. ("costs", "rows.2.unitCost") → "Koszt jednostkowy, wiersz 3". */
export function fieldLabel(t: Translate, section: SectionKey, field: string): string {
  const row = /^(\w+)\.(\d+)\.(\w+)$/.exec(field);
  if (row) {
    const [, group, index, column] = row;
    return t("offers.rowLabel", { label: t(`offers.col.${group}.${column}`), n: Number(index) + 1 });
  }
  return t(`offers.field.${section}.${field}`);
}

/** "V. Kalkulacja przewidywanych kosztów realizacji zadania publicznego", or short: "V. Kalkulacja kosztów". */
export function sectionTitle(t: Translate, section: SectionKey, short = false): string {
  return `${SECTION_NUMERALS[section]}. ${t(`offers.section.${section}${short ? ".short" : ""}`)}`;
}

/** Issues of one section as field errors (messages joined per field, in order). */
export function issuesAsErrors(issues: readonly OfferIssue[], section: SectionKey): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const issue of issues)
    if (issue.section === section) out[issue.field] = [...(out[issue.field] ?? []), issue.message];
  return out;
}

/** Two sets of errors together (messages of the same field concatenated, duplicates once). */
export function mergeErrors(...sets: (FieldErrors | undefined)[]): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const set of sets)
    for (const [field, messages] of Object.entries(set ?? {}))
      for (const m of messages ?? []) if (!out[field]?.includes(m)) out[field] = [...(out[field] ?? []), m];
  return out;
}
