import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { catalogs, translator } from "../../i18n/catalog";
import { translateError } from "../shell";
import { fieldsOf } from "./fuzz-actions";
import { HOSTILE_KEYS, hostileString } from "./hostile";
import { BUILT, MODULES } from "./schema-modules";

/*
 * Every exported schema of the domain and the platform (schema-modules.ts), and those built by a
 * factory from a case's facts, fed random and hostile values: parsing never throws, and every
 * refusal is an i18n key the Polish catalogue has (a missing key would show raw).
 */

type Entry = readonly [string, z.ZodType, Record<string, unknown> | undefined];

const seen = new Set<z.ZodType>();
/** One entry per schema: a schema re-exported by another module is tried once, under its first name. */
const SCHEMAS: Entry[] = [
  ...Object.entries(MODULES).flatMap(([area, module]) =>
    Object.entries(module)
      .filter(([, value]) => value instanceof z.ZodType)
      .map(([name, schema]) => [`${area}.${name}`, schema as z.ZodType, undefined] as const),
  ),
  ...BUILT.map((b) => [b.name, b.schema, b.valid] as const),
].filter(([, schema]) => !seen.has(schema) && seen.add(schema));

const pl = catalogs.pl;
const t = translator("pl");

/** A form-like object: known-looking keys and hostile keys with hostile or odd values. */
const hostileObject = fc.dictionary(
  fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
  fc.oneof(hostileString, fc.anything()),
  { maxKeys: 8 },
);

const hostileInput = fc.oneof(
  fc.anything(),
  hostileString,
  hostileObject,
  fc.array(hostileString, { maxLength: 3 }),
);

/** An object with the schema's own field names, each with a hostile value (or left out). */
function shapedInput(schema: z.ZodType) {
  const fields = fieldsOf(schema);
  if (fields.length === 0) return hostileInput;
  return fc.dictionary(fc.constantFrom(...fields), fc.oneof(hostileString, fc.anything()), {
    maxKeys: fields.length,
  });
}

/** A valid input with some of its fields replaced by hostile values or left out. */
function mutatedInput(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  return fc
    .array(fc.tuple(fc.constantFrom(...keys), fc.option(fc.oneof(hostileString, fc.anything()))), {
      minLength: 1,
      maxLength: 3,
    })
    .map((changes) => {
      const input: Record<string, unknown> = { ...valid };
      for (const [key, value] of changes)
        if (value === null) delete input[key];
        else input[key] = value;
      return input;
    });
}

/** The keys of the messages a parse refused with, and those the catalogue lacks. */
function missingKeys(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues
    .map((issue) => issue.message)
    .filter((message) => {
      const key = message.split("|")[0] ?? message;
      return !(key in pl) || translateError(t, message) === key;
    });
}

describe("form schemas under hostile input", () => {
  it("finds the schemas", () => {
    expect(SCHEMAS.length).toBeGreaterThan(150);
  });

  it("takes the valid inputs as valid", () => {
    for (const [name, schema, valid] of SCHEMAS)
      if (valid) expect(schema.safeParse(valid).error?.issues, name).toBeUndefined();
  });

  it.each(SCHEMAS)("%s: never throws, every message is a catalogue key", (_name, schema, valid) => {
    const inputs = valid
      ? fc.oneof(hostileInput, shapedInput(schema), mutatedInput(valid))
      : fc.oneof(hostileInput, shapedInput(schema));
    fc.assert(
      fc.property(inputs, (input) => {
        expect(missingKeys(schema, input)).toEqual([]);
      }),
      // FUZZ_RUNS=2000 searches harder (the default keeps the suite quick).
      { numRuns: Number(process.env.FUZZ_RUNS) || 60 },
    );
    // Inputs that once crashed a refinement or showed a missing key, and prototype-shaped ones
    // fast-check's anything() does not build on its own.
    const fixed = [
      null,
      undefined,
      { criteria: [null], budgetYears: [null] },
      { contactEmail: "nie-email" },
      JSON.parse('{"__proto__":{"x":1}}'),
      Object.create(null),
      { constructor: { prototype: { x: 1 } } },
    ];
    for (const input of fixed) expect(missingKeys(schema, input)).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
