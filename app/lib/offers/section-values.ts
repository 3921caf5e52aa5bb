import { type OfferSections, parseSection, type SectionKey } from "~/domain/offers/sections";
import { formatMoney } from "~/platform/format/money";
import type { FormTree } from "~/platform/forms/form-tree";
import { flatten, unflatten } from "./form-paths";

/*
 * A section's content as the form's values and back. Stored content is shown formatted the
 * Polish way (money "1 234,56" without "zł", units "12,5"); what was typed in a refused form is
 * shown as typed. The live calculator reads the form leniently: a field it cannot read counts as
 * empty, so one bad cell does not blank every sum. Browser-safe.
 */

/** "1 234,56" (grouped like on screen, no "zł"); "" for null. */
export function moneyInput(grosze: number | null | undefined): string {
  return grosze === null || grosze === undefined ? "" : formatMoney(grosze).replace(/\u00a0zł$/, "");
}

/** Money where 0 is shown as blank (the sources of V.B and the split of V.C start empty). */
export function moneyOrBlank(grosze: number | null | undefined): string {
  return grosze ? moneyInput(grosze) : "";
}

/** Hundredths of a unit as typed in Polish: 1250 → "12,5", 1200 → "12", 1205 → "12,05". */
export function unitsInput(hundredths: number | null | undefined): string {
  if (hundredths === null || hundredths === undefined) return "";
  const whole = Math.trunc(hundredths / 100);
  const rest = hundredths % 100;
  if (rest === 0) return String(whole);
  return `${whole},${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/** Field paths (row index as "n") whose numbers are money or units. */
const FORMATS: Record<string, (v: number | null) => string> = {
  "rows.n.unitCost": moneyInput,
  "rows.n.units": unitsInput,
  "sources.grant": moneyOrBlank,
  "sources.financial": moneyOrBlank,
  "sources.fees": moneyOrBlank,
  "sources.personal": moneyOrBlank,
  "sources.inKind": moneyOrBlank,
  "split.n.amount": moneyOrBlank,
};

/** A field path with its row indices replaced by "n": "rows.3.unitCost" → "rows.n.unitCost". */
export function pathPattern(path: string): string {
  return path.replace(/\.\d+(?=\.|$)/g, ".n");
}

function toTree(value: unknown, path: string): string | FormTree | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "on" : undefined;
  if (typeof value === "number") return (FORMATS[pathPattern(path)] ?? String)(value);
  if (typeof value === "string") return value;
  const tree: FormTree = {};
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const converted = toTree(child, path ? `${path}.${key}` : key);
    if (converted !== undefined) tree[key] = converted;
  }
  return tree;
}

/** A section's stored content as the form's values (unticked checkboxes are absent, as in a post). */
export function sectionToValues<K extends SectionKey>(_section: K, content: OfferSections[K]) {
  const tree = toTree(content, "");
  return typeof tree === "object" ? flatten(tree) : {};
}

function removeAt(tree: FormTree, path: readonly PropertyKey[]): boolean {
  let node: FormTree | string | undefined = tree;
  for (const segment of path.slice(0, -1)) {
    if (typeof node !== "object") return false;
    node = node[String(segment)];
  }
  const leaf = String(path[path.length - 1]);
  if (typeof node !== "object" || !Object.hasOwn(node, leaf)) return false;
  delete node[leaf];
  return true;
}

/**
 * The section as far as it can be read from the form's values: every field the schema refuses
 * is dropped (so it takes its empty default), and a row that still fails is dropped whole.
 */
export function lenientSection<K extends SectionKey>(section: K, values: Record<string, string>) {
  const tree = unflatten(Object.entries(values));
  for (let attempt = 0; attempt < 50; attempt++) {
    const parsed = parseSection(section, tree);
    if (parsed.success) return parsed.data as OfferSections[K];
    let removed = false;
    for (const issue of parsed.error.issues) {
      const path = issue.path;
      if (path.length === 0) break;
      removed = removeAt(tree, path) || removeAt(tree, path.slice(0, -1)) || removed;
    }
    if (!removed) break;
  }
  const empty = parseSection(section, {});
  return (empty.success ? empty.data : {}) as OfferSections[K];
}
