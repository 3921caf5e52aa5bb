/*
 * Forms name every input by its path in the schema that parses them ("title", "rows.3.unitCost",
 * "sources.grant"). One function turns the posted fields into the nested object the schema reads,
 * for every procedure (offers, reports, contracts, annexes). Browser-safe: live calculators use it.
 */

/** A nested form value: text at the leaves, objects (index-keyed for rows) above them. */
export interface FormTree {
  [key: string]: string | FormTree;
}

/** Segments that would reach a prototype ("__proto__.polluted"): a name holding one is dropped. */
const UNSAFE_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);

/**
 * "rows.3.unitCost" → { rows: { "3": { unitCost } } }. Numeric segments stay object keys (the
 * schemas read index-keyed objects as lists). Hostile names cannot reshape what came first: a
 * name with an empty or prototype segment is dropped, a path through an earlier text is dropped,
 * and a text never replaces an object. Fields for which `skip` answers true are left out.
 */
export function nestFormFields(
  fields: Iterable<[string, unknown]>,
  skip: (name: string) => boolean = () => false,
): FormTree {
  const root: FormTree = {};
  for (const [name, value] of fields) {
    if (typeof value !== "string" || skip(name)) continue;
    const path = name.split(".");
    if (path.some((s) => s === "" || UNSAFE_SEGMENTS.has(s))) continue;
    let node: FormTree | null = root;
    for (const segment of path.slice(0, -1)) {
      const next: string | FormTree | undefined = Object.hasOwn(node, segment) ? node[segment] : undefined;
      if (typeof next === "string") {
        node = null;
        break;
      }
      if (!next) node[segment] = {};
      node = node[segment] as FormTree;
    }
    const leaf = path[path.length - 1] as string;
    if (node && typeof (Object.hasOwn(node, leaf) ? node[leaf] : undefined) !== "object") node[leaf] = value;
  }
  return root;
}
