import type { OfferDocument } from "../offers/document";
import { SECTION_KEYS, type SectionKey } from "../offers/sections";

/*
 * The difference between two frozen versions of an offer (pure): per section of the template,
 * field by field, with the value before and after. Lists are compared by position ("actions.2.name"
 * is the third action's name); a row added or removed shows its fields against nothing (null).
 */

export type DiffValue = string | number | boolean | null;

export interface FieldChange {
  /** The field's path inside the section, e.g. "sources.grant" or "rows.3.unitCost". */
  field: string;
  before: DiffValue;
  after: DiffValue;
}

/** A section of the template, or the attachments list (frozen with their SHA-256). */
export type DiffPart = SectionKey | "offerorData" | "attachments";

export interface SectionDiff {
  part: DiffPart;
  changes: FieldChange[];
}

/** Flattens a JSON value into path → scalar (empty lists and objects leave no leaves). */
export function flatten(
  value: unknown,
  prefix = "",
  out = new Map<string, DiffValue>(),
): Map<string, DiffValue> {
  if (value === null || value === undefined) {
    if (prefix) out.set(prefix, null);
    return out;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) flatten(v, prefix ? `${prefix}.${i}` : String(i), out);
    return out;
  }
  if (typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    out.set(prefix, value);
  else out.set(prefix, String(value));
  return out;
}

/** The changed fields between two values, in the order of the newer then the older value's fields. */
export function diffValues(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields.flatMap((field) => {
    const x = a.get(field) ?? null;
    const y = b.get(field) ?? null;
    return x === y ? [] : [{ field, before: x, after: y }];
  });
}

/** The sections (in the template's order) that changed between two documents, with their fields. */
export function diffDocuments(before: OfferDocument, after: OfferDocument): SectionDiff[] {
  const parts: { part: DiffPart; before: unknown; after: unknown }[] = [
    { part: "offerorData", before: before.offerors, after: after.offerors },
    ...SECTION_KEYS.map((k) => ({ part: k, before: before.sections[k], after: after.sections[k] })),
    { part: "attachments", before: before.attachments, after: after.attachments },
  ];
  return parts
    .map((p) => ({ part: p.part, changes: diffValues(p.before, p.after) }))
    .filter((d) => d.changes.length > 0);
}
