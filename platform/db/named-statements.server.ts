import { createHash } from "node:crypto";
import type pg from "pg";

/*
 * Named prepared statements for the server driver (docs/decisions/015): every data statement a
 * connection sends is given a name derived from its text, so PostgreSQL parses and analyses it
 * once per connection and may keep its plan (plan_cache_mode auto), and `pg` sends only Bind and
 * Execute the next time. The app sends a few hundred distinct statement texts; parsing and
 * planning them anew on every request was most of the database's work under a deadline rush.
 * Only SELECT/INSERT/UPDATE/DELETE/WITH texts are named (DDL and transaction control are not),
 * and a connection stops naming new texts past MAX_PER_CONNECTION (texts that vary with the
 * length of a list would otherwise grow its memory without bound).
 */

const DATA_STATEMENT = /^\s*(select|insert|update|delete|with)\b/i;
const MAX_PER_CONNECTION = 1000;
const MAX_NAMES_REMEMBERED = 5000;

/** Name of a statement text: stable across processes (the same text, the same name). */
const names = new Map<string, string>();
export function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `s${createHash("sha1").update(text).digest("base64url").slice(0, 22)}`;
    if (names.size >= MAX_NAMES_REMEMBERED) names.clear();
    names.set(text, name);
  }
  return name;
}

type QueryConfigLike = { text?: unknown; name?: unknown; values?: unknown };

/** Makes a pool's connections name the data statements they send (pool.on("connect", …)). */
export function nameStatementsOf(client: pg.PoolClient): void {
  const named = new Set<string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [config] = args;
    if (config && typeof config === "object" && !("submit" in config)) {
      const c = config as QueryConfigLike;
      if (typeof c.text === "string" && c.name === undefined && DATA_STATEMENT.test(c.text)) {
        const name = statementName(c.text);
        if (named.has(name) || named.size < MAX_PER_CONNECTION) {
          named.add(name);
          args[0] = { ...c, name };
        }
      }
    }
    return query(...args);
  };
}
