import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "~/test/db";
import { type Outcome, outcomeOf } from "./classify";
import { EXPECTED, urlOf } from "./expected";
import { contextAs, createMatrixWorld, type MatrixWorld, ROLES } from "./matrix-world";

/*
 * Every route of the app (the route files are the manifest) answered for every role: the
 * visitor, a member of organisation A, of B, an officer of department X, of Y, the coordinator,
 * the administrator, and two members of the committee of a competition in evaluation (one before
 * and one after the declaration of no conflict of interest), with resources owned by A and by
 * department X. Each loader is called on
 * its own, as a data request for one route would (a parent layout's guard does not protect it).
 * A route without an entry in expected.ts fails, so a new route must declare who may see it.
 */

const modules = import.meta.glob<{ loader?: (args: never) => unknown; action?: (args: never) => unknown }>(
  "../../routes/*.{ts,tsx}",
);
const routeFiles = Object.keys(modules).map((p) => p.replace("../../routes/", ""));

describe("authorization matrix", () => {
  const t = useTestDatabase();
  let world: MatrixWorld;

  beforeAll(async () => {
    world = await createMatrixWorld(t.db);
  }, 120_000);

  it("has an entry for every route and none for a route that is gone", () => {
    expect(
      routeFiles.filter((f) => !(f in EXPECTED)),
      "routes without an entry in expected.ts",
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((f) => !routeFiles.includes(f)),
      "entries without a route",
    ).toEqual([]);
  });

  it("answers each role as the policies say, never with a server error", async () => {
    const observed: Record<string, Record<string, Outcome>> = {};
    const mismatches: string[] = [];
    for (const file of routeFiles.sort()) {
      const entry = EXPECTED[file];
      if (!entry) continue;
      const mod = await modules[`../../routes/${file}`]?.();
      observed[file] = {};
      for (const role of ROLES) {
        const { path, params } = urlOf(entry, world.ids);
        const outcome = mod?.loader
          ? await outcomeOf(() =>
              mod.loader?.({
                request: new Request(`http://localhost${path}`),
                params,
                context: contextAs(world, role),
              } as never),
            )
          : "none";
        observed[file][role] = outcome;
        const want = entry.expect[role] ?? entry.expect.default;
        if (want !== "any" && want !== outcome)
          mismatches.push(`${file} as ${role}: expected ${want}, got ${outcome}`);
      }
    }
    if (process.env.MATRIX_PRINT) console.info(JSON.stringify(observed, null, 1));
    expect(mismatches).toEqual([]);
  }, 300_000);

  /*
   * Every action (POST) refuses whoever its page refuses: for each route with an action and each
   * role the matrix expects to be denied or sent to log in, an empty form posted straight to the
   * action (as a crafted request that skips the page would) must be refused the same way — never
   * performed, never validated first (a field error would tell a stranger the form exists and
   * what it wants), never a server error.
   */
  it("refuses each action to every role its page refuses", async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const file of routeFiles.sort()) {
      const entry = EXPECTED[file];
      if (!entry) continue;
      const mod = await modules[`../../routes/${file}`]?.();
      if (!mod?.action) continue;
      for (const role of ROLES) {
        const want = entry.expect[role] ?? entry.expect.default;
        if (want !== "deny" && want !== "login") continue;
        const { path, params } = urlOf(entry, world.ids);
        const outcome = await outcomeOf(() =>
          mod.action?.({
            request: new Request(`http://localhost${path}`, { method: "POST", body: new FormData() }),
            params,
            context: contextAs(world, role),
          } as never),
        ).catch((e: unknown) => (e instanceof Error ? e.message : String(e)));
        checked++;
        if (outcome !== "deny" && outcome !== "login")
          mismatches.push(`POST ${file} as ${role}: expected a refusal, got ${outcome}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  }, 300_000);
});
