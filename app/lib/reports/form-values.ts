import { type FormTree, nestFormFields } from "~/platform/forms/form-tree";

/*
 * The report's section forms name inputs by their path in the section's schema
 * ("costLines.2.actual", "sources.grant"). Rows keep their index (no compaction): a row of the plan
 * is the same row whether or not it was typed in.
 */

export const PLUMBING = new Set(["intent", "section", "revision"]);

/** Flat form values into the nested object a section schema parses (platform/forms/form-tree.ts). */
export function nestValues(values: Record<string, string>): FormTree {
  return nestFormFields(Object.entries(values), (name) => PLUMBING.has(name) || name.startsWith("_"));
}
