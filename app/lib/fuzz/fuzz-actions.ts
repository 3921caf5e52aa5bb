import { sql } from "drizzle-orm";
import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";
import type { Db } from "~/platform/db/client.server";
import { catalogs } from "../../i18n/catalog";
import { contextAs, type MatrixWorld, type Role } from "../authorization/matrix-world";
import { cleanPrototype, hostileForm, prototypeIsClean, settle } from "./hostile";

/*
 * Feeding a route action hostile form bodies in the matrix world: each answer is checked (no crash,
 * no 5xx, a refusal is a 4xx with errors on real fields) and a refusal must leave the watched
 * tables as they were.
 */

type Action = (args: never) => unknown;

/** The top-level field names of a form schema, through preprocess, pipes, refinements and wrappers. */
export function fieldsOf(schema: z.ZodType): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.shape) return Object.keys(def.shape as object);
  for (const inner of [def.out, def.in, def.innerType, def.schema])
    if (inner && typeof inner === "object" && "_zod" in inner) {
      const found = fieldsOf(inner as z.ZodType);
      if (found.length > 0) return found;
    }
  return [];
}

/** The form field names of a schema: "title", "sources.grant", "rows.0.unitCost", "rows.1.unitCost"… */
export function formFieldsOf(schema: z.ZodType, prefix = ""): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.shape)
    return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, inner]) => {
      const nested = formFieldsOf(inner, `${prefix}${key}.`);
      return nested.length > 0 ? nested : [`${prefix}${key}`];
    });
  if (def.type === "array" && def.element)
    return [0, 1].flatMap((i) => formFieldsOf(def.element as z.ZodType, `${prefix}${i}.`));
  for (const inner of [def.out, def.in, def.innerType, def.schema])
    if (inner && typeof inner === "object" && "_zod" in inner) {
      const found = formFieldsOf(inner as z.ZodType, prefix);
      if (found.length > 0) return found;
    }
  return [];
}

/** How many rows a table holds now (the table names are ours, never the fuzzer's). */
export async function countRows(db: Db, table: string): Promise<number> {
  const result = await db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as {
    n: number;
  }[];
  return Number(rows[0]?.n ?? 0);
}

/** Posts a form body to an action as a role and settles the answer. */
export function post(
  world: MatrixWorld,
  action: Action,
  role: Role,
  url: string,
  params: Record<string, string>,
  body: URLSearchParams,
) {
  return postIn(contextAs(world, role), action, url, params, body);
}

/** Posts a form body to an action in a router context (the route harness's) and settles the answer. */
export function postIn(
  context: unknown,
  action: Action,
  url: string,
  params: Record<string, string>,
  body: URLSearchParams,
) {
  const request = new Request(`https://ngo.example${url}`, { method: "POST", body });
  return settle(action({ request, params, context } as never));
}

/** Who posts: a role of the matrix world, or a router context built for the case's world. */
type Poster = { world: MatrixWorld; role: Role; context?: never } | { context: () => unknown };

export type FuzzTarget = Poster & {
  action: Action;
  url: string;
  params: Record<string, string>;
  /** Field names the form posts (a hostile value for each, some left out). */
  fields: readonly string[];
  /** Field-error keys' first segments the form may answer with. */
  known: ReadonlySet<string>;
  /** Fields always posted, e.g. the section's current version (read before every run). */
  fixed?: () => Promise<Record<string, string>>;
  /** A valid form: in half the runs it fills the fields the fuzzer left out, so some get through. */
  base?: Record<string, string>;
  /** What a refused request must not change: a snapshot compared before and after. */
  snapshot: () => Promise<unknown>;
  numRuns?: number;
};

/** Runs the property: never a crash or 5xx; a refusal is a 4xx with known field keys and stores nothing. */
export async function fuzzAction(target: FuzzTarget) {
  const tally = { accepted: 0, refused: 0, statuses: {} as Record<number, number> };
  await fc.assert(
    fc.asyncProperty(hostileForm(target.fields), fc.boolean(), async (body, keepFixed) => {
      if (keepFixed && target.fixed)
        for (const [key, value] of Object.entries(await target.fixed())) body.set(key, value);
      if (keepFixed)
        for (const [key, value] of Object.entries(target.base ?? {}))
          if (!body.has(key)) body.set(key, value);
      const before = await target.snapshot();
      const context = target.context ? target.context() : contextAs(target.world, target.role);
      const answer = await postIn(context, target.action, target.url, target.params, body);
      tally.statuses[answer.status] = (tally.statuses[answer.status] ?? 0) + 1;
      expect(answer.status, JSON.stringify(answer.data)?.slice(0, 500)).toBeLessThan(500);
      if (answer.status >= 400) {
        tally.refused++;
        const refusal = answer.data as { fieldErrors?: Record<string, string[]>; messageKey?: string } | null;
        const fieldErrors = refusal?.fieldErrors;
        // A refusal without field errors still says why, in words the catalogue has.
        if (refusal?.messageKey)
          expect(catalogs.pl, refusal.messageKey).toHaveProperty([refusal.messageKey.split("|")[0] ?? ""]);
        if (answer.status === 422) expect(Object.keys(fieldErrors ?? {}).length).toBeGreaterThan(0);
        for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
          expect(target.known, key).toContain(rootOf(key));
          for (const message of messages)
            expect(catalogs.pl, message).toHaveProperty([message.split("|")[0] ?? message]);
        }
        expect(await target.snapshot()).toEqual(before);
      } else tally.accepted++;
      // Cleaned before failing, so shrinking reruns see the body that planted it, not a later one.
      const clean = prototypeIsClean();
      cleanPrototype();
      expect(clean, "a body planted a property on Object.prototype").toBe(true);
    }),
    { numRuns: target.numRuns ?? 40 },
  );
  // FUZZ_TALLY=1 shows how many bodies got through, to keep the base forms honest.
  if (process.env.FUZZ_TALLY) process.stdout.write(`${target.url} ${JSON.stringify(tally)}\n`);
  return tally;
}

/** "rows.3.unitCost" → "rows"; "costs:rows.3" → "costs". */
function rootOf(key: string): string {
  return key.split(/[.:]/)[0] ?? key;
}
