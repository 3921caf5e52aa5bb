import fc from "fast-check";

/*
 * Hostile values for the fuzz tests: the strings a bot, a paste from Excel or a careless browser
 * sends (huge, unicode, formulas, markup, money and dates that look right but are not), and form
 * keys that try to reach the prototype or make a row array enormous.
 */

/** One megabyte and a bit: larger than any field's limit. */
export const HUGE = "ą".repeat(600_000);

/** Fixed hostile strings, each a known trap. */
export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202Egnp.exe",
  "👨‍👩‍👧‍👦🎉",
  "\uD800",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "-1",
  "-0",
  "0,001",
  "1,999",
  "1.999,99",
  "12,3,4",
  "1e309",
  "9".repeat(40),
  "NaN",
  "Infinity",
  "0x10",
  "2027-03-28 02:30",
  "2027-03-28T02:30",
  "2027-10-31 02:30",
  "2027-10-31T02:30",
  "2027-02-30",
  "0000-00-00",
  "9999-12-31T23:59",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "__proto__",
  "' OR 1=1 --",
  HUGE,
] as const;

/** A hostile string: one of the fixed traps or a random unicode string. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 50 }) },
);

/** Form keys that try the parser: prototype paths, enormous row indices, odd characters. */
export const HOSTILE_KEYS = [
  "__proto__",
  "__proto__.x",
  "constructor.prototype",
  "constructor.prototype.x",
  "rows.99999.unitCost",
  "rows.-1.unitCost",
  "rows.1e9.name",
  "actions.99999.name",
  "_rows.actions",
  "_rows.rows",
  "representatives.99999.name",
  "budget.99999.amount",
  "x".repeat(5000),
  "\u0000",
] as const;

/** A form body: the fields of the form with hostile values, some left out, plus hostile keys. */
export function hostileForm(fields: readonly string[], fixed: Record<string, string> = {}) {
  return fc
    .record({
      own: fc.array(fc.tuple(fc.constantFrom(...fields), hostileString), { maxLength: fields.length * 2 }),
      extra: fc.array(
        fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 20 })), hostileString),
        { maxLength: 4 },
      ),
    })
    .map(({ own, extra }) => {
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(fixed)) body.append(key, value);
      for (const [key, value] of [...own, ...extra]) body.append(key, value);
      // A counterexample with a megabyte string must still print readably.
      Object.defineProperty(body, fc.toStringMethod, {
        value: () =>
          JSON.stringify(
            [...body].map(([k, v]) => [
              k.slice(0, 40),
              v.length > 60 ? `${v.slice(0, 20)}…(${v.length})` : v,
            ]),
          ),
      });
      return body;
    });
}

/** What an action answered or threw, as status, data and redirect; anything else is rethrown. */
export async function settle(
  promise: unknown,
): Promise<{ status: number; data: unknown; location: string | null }> {
  try {
    const value = await promise;
    if (value instanceof Response)
      return { status: value.status, data: null, location: value.headers.get("location") };
    const init = (value as { init?: { status?: number } } | null)?.init;
    const data = (value as { data?: unknown } | null)?.data ?? value;
    return { status: init?.status ?? 200, data, location: null };
  } catch (error) {
    if (error instanceof Response)
      return { status: error.status, data: null, location: error.headers.get("location") };
    const e = error as { init?: { status?: number }; data?: unknown; type?: string };
    // A DataWithResponseInit thrown by a guard is an answer; any other throw is a crash (a 500).
    if (e?.type === "DataWithResponseInit" || e?.init)
      return { status: e.init?.status ?? 500, data: e.data, location: null };
    throw error;
  }
}

/** Whether Object.prototype is still what it was: no property a payload could have planted. */
export function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    probe.x === undefined &&
    probe.polluted === undefined &&
    Object.getOwnPropertyNames(Object.prototype).every((name) => BUILTIN_PROTO.has(name))
  );
}

const BUILTIN_PROTO = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Removes what a payload planted on Object.prototype, so one polluting run does not fail the rest. */
export function cleanPrototype(): void {
  for (const name of Object.getOwnPropertyNames(Object.prototype))
    if (!BUILTIN_PROTO.has(name)) delete (Object.prototype as Record<string, unknown>)[name];
}
