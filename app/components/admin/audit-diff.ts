/** One line of an audit entry's change: a field and its value before and after (undefined: absent). */
export interface AuditChange {
  key: string;
  before: string | undefined;
  after: string | undefined;
}

/** Long values are cut for the list; the entry itself keeps them whole. */
const MAX_VALUE_LENGTH = 300;
const MAX_DEPTH = 3;

function show(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ""
      : typeof value === "string"
        ? value
        : Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)
          ? value.join(", ")
          : typeof value === "object"
            ? JSON.stringify(value)
            : String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

function flatten(value: unknown, prefix: string, depth: number, out: Map<string, string>): void {
  if (value && typeof value === "object" && !Array.isArray(value) && depth < MAX_DEPTH) {
    for (const [key, inner] of Object.entries(value)) {
      flatten(inner, prefix ? `${prefix}.${key}` : key, depth + 1, out);
    }
    return;
  }
  if (value === null || value === undefined) {
    if (prefix) out.set(prefix, "");
    return;
  }
  out.set(prefix, show(value));
}

/**
 * The before/after of an audit entry as readable "field: old → new" lines: nested objects become
 * dotted keys, unchanged fields are left out, fields only on one side have no value on the other.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = new Map<string, string>();
  const a = new Map<string, string>();
  flatten(before, "", 0, b);
  flatten(after, "", 0, a);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys
    .filter((key) => b.get(key) !== a.get(key))
    .map((key) => ({ key, before: b.get(key), after: a.get(key) }));
}
