import { SECTION_KEYS, type SectionKey } from "~/domain/offers/sections";

/*
 * The offer's sections in the URL (Polish slugs: /panel/oferty/:id/opis) and their repeated row
 * groups. Browser-safe: the form and the server read the same table.
 */

/** URL slug of each section of the template (II–VII). */
export const SECTION_SLUGS: Record<SectionKey, string> = {
  offerors: "oferenci",
  task: "opis",
  profile: "charakterystyka",
  costs: "koszty",
  other: "inne",
  declarations: "oswiadczenia",
};

/** The section of a slug, or null for anything else (the page answers 404). */
export function sectionOfSlug(slug: string | undefined): SectionKey | null {
  return SECTION_KEYS.find((k) => SECTION_SLUGS[k] === slug) ?? null;
}

/** The section after this one in the template, or null after the last. */
export function nextSection(section: SectionKey): SectionKey | null {
  return SECTION_KEYS[SECTION_KEYS.indexOf(section) + 1] ?? null;
}

/** Address of a section's page, optionally at one field ("#f-rows.3.unitCost"). */
export function sectionHref(offerId: string, section: SectionKey, field?: string): string {
  return `/panel/oferty/${offerId}/${SECTION_SLUGS[section]}${field ? `#f-${field}` : ""}`;
}

/** Repeated rows a section has, each with the field that takes focus in a new row. */
export const ROW_GROUPS: Partial<Record<SectionKey, Record<string, string>>> = {
  task: { actions: "name", indicators: "name" },
  costs: { rows: "action" },
};

export function isRowGroup(section: SectionKey, group: string): boolean {
  return Object.hasOwn(ROW_GROUPS[section] ?? {}, group);
}
