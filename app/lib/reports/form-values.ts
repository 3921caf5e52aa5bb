/*
 * The report's section forms name inputs by their path in the section's schema
 * ("costLines.2.actual", "sources.grant"). Rows keep their index (no compaction): a row of the plan
 * is the same row whether or not it was typed in.
 */

const UNSAFE = new Set(["__proto__", "prototype", "constructor"]);
export const PLUMBING = new Set(["intent", "section", "revision"]);

export interface Tree {
  [key: string]: string | Tree;
}

/** Flat form values into the nested object a section schema parses. */
export function nestValues(values: Record<string, string>): Tree {
  const root: Tree = {};
  for (const [name, value] of Object.entries(values)) {
    if (PLUMBING.has(name) || name.startsWith("_")) continue;
    const path = name.split(".");
    if (path.some((s) => s === "" || UNSAFE.has(s))) continue;
    let node: Tree = root;
    let ok = true;
    for (const segment of path.slice(0, -1)) {
      const next = Object.hasOwn(node, segment) ? node[segment] : undefined;
      if (typeof next === "string") {
        ok = false;
        break;
      }
      if (!next) node[segment] = {};
      node = node[segment] as Tree;
    }
    const leaf = path[path.length - 1] as string;
    if (ok && typeof node[leaf] !== "object") node[leaf] = value;
  }
  return root;
}
