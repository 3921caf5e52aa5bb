import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as competitions from "~/domain/competitions/schemas";
import * as contact from "~/domain/contact/schemas";
import * as events from "~/domain/events/schemas";
import * as identity from "~/domain/identity/schemas";
import * as news from "~/domain/news/schemas";
import * as offers from "~/domain/offers/sections";
import * as organizations from "~/domain/organizations/schemas";
import * as identifiers from "~/platform/validation/identifiers";
import { catalogs, translator } from "../../i18n/catalog";
import { translateError } from "../shell";
import { fieldsOf } from "./fuzz-actions";
import { HOSTILE_KEYS, hostileString } from "./hostile";

/*
 * Every exported form schema of the domain fed random and hostile values: parsing never throws,
 * and every refusal is an i18n key the Polish catalogue has (a missing key would show raw).
 */

const MODULES = { competitions, contact, events, identity, news, offers, organizations, identifiers };

const SCHEMAS = Object.entries(MODULES).flatMap(([area, module]) =>
  Object.entries(module)
    .filter(([, value]) => value instanceof z.ZodType)
    .map(([name, schema]) => [`${area}.${name}`, schema as z.ZodType] as const),
);

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
    expect(SCHEMAS.length).toBeGreaterThan(30);
  });

  it.each(SCHEMAS)("%s: never throws, every message is a catalogue key", (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof(hostileInput, shapedInput(schema)), (input) => {
        expect(missingKeys(schema, input)).toEqual([]);
      }),
      { numRuns: 60 },
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
