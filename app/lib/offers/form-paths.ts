import { CSRF_FIELD } from "~/platform/auth/csrf-field";
import { type FormTree, nestFormFields } from "~/platform/forms/form-tree";

/*
 * The offer's section forms name every input by its path in the section's schema ("title",
 * "actions.0.name", "sources.grant", "split.1.amount"). These helpers turn posted fields into the
 * nested object the schema parses, with blank rows dropped, and back. Browser-safe: the live
 * calculator uses them too.
 */

const INDEX = /^\d{1,6}$/;

/**
 * The posted fields as the section's schema reads them (platform/forms/form-tree.ts), the
 * plumbing left out; then rows left fully blank are dropped and the remaining rows renumbered
 * 0, 1, 2… so that an error at "rows.1.unitCost" names the second row on the page as well as in
 * the schema.
 */
export function unflatten(entries: Iterable<[string, FormDataEntryValue]>): FormTree {
  return compactRows(nestFormFields(entries, isPlumbing));
}

/** Form fields that are plumbing, not content: CSRF, the button pressed, the version read, row counts. */
export function isPlumbing(name: string): boolean {
  return name === CSRF_FIELD || name === "intent" || name === "version" || name.startsWith("_");
}

/** True when every text below is blank. */
export function isBlank(value: string | FormTree): boolean {
  if (typeof value === "string") return value.trim() === "";
  return Object.values(value).every(isBlank);
}

function isRowGroup(node: FormTree): boolean {
  const keys = Object.keys(node);
  return keys.length > 0 && keys.every((k) => INDEX.test(k));
}

/** Drops blank rows of every index-keyed object and renumbers the rest from 0, in index order. */
export function compactRows(node: FormTree): FormTree {
  const out: FormTree = {};
  if (isRowGroup(node)) {
    const rows = Object.entries(node)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => (typeof v === "string" ? v : compactRows(v)))
      .filter((v) => !isBlank(v));
    rows.forEach((row, i) => {
      out[String(i)] = row;
    });
    return out;
  }
  for (const [key, value] of Object.entries(node))
    out[key] = typeof value === "string" ? value : compactRows(value);
  return out;
}

/** The nested object as form fields again: { rows: { "0": { name } } } → { "rows.0.name": … }. */
export function flatten(node: FormTree, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(node)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[name] = value;
    else Object.assign(out, flatten(value, name));
  }
  return out;
}

/** How many rows of a group the values hold ("actions.0.name", "actions.3.end" → 4). */
export function rowsIn(values: Record<string, string>, group: string): number {
  let max = -1;
  const prefix = `${group}.`;
  for (const name of Object.keys(values)) {
    if (!name.startsWith(prefix)) continue;
    const index = name.slice(prefix.length).split(".")[0] ?? "";
    if (INDEX.test(index)) max = Math.max(max, Number(index));
  }
  return max + 1;
}

/** The values without row `index` of a group, the later rows moved up by one. */
export function withoutRow(values: Record<string, string>, group: string, index: number) {
  const out: Record<string, string> = {};
  const prefix = `${group}.`;
  for (const [name, value] of Object.entries(values)) {
    if (!name.startsWith(prefix)) {
      out[name] = value;
      continue;
    }
    const [head = "", ...rest] = name.slice(prefix.length).split(".");
    if (!INDEX.test(head)) {
      out[name] = value;
      continue;
    }
    const i = Number(head);
    if (i === index) continue;
    out[[group, String(i > index ? i - 1 : i), ...rest].join(".")] = value;
  }
  return out;
}

/** Name of the hidden field that says how many rows of a group the page shows (blank rows included). */
export function rowCountField(group: string): string {
  return `_rows.${group}`;
}

/** How many rows of a group to show: the filled ones, or as many as the page asked for, at least one. */
export function rowCount(values: Record<string, string>, group: string): number {
  return Math.max(1, rowsIn(values, group), Number(values[rowCountField(group)]) || 0);
}
