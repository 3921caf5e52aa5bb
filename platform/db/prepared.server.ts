import { is } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db, DbOrTx } from "./client.server";

/*
 * Queries built once per database and run many times with placeholders (`sql.placeholder`):
 * drizzle otherwise builds a statement's text anew on every call, which under a deadline rush was
 * a fifth of the server's CPU (docs/decisions/015). Only for the hottest reads, outside
 * transactions: a query prepared on the database runs on the pool, not in a caller's transaction.
 */

const cache = new WeakMap<object, Map<string, unknown>>();

/** The query `build` makes for this database, built on first use; `name` names it for PostgreSQL too. */
export function preparedFor<T>(db: Db, name: string, build: (db: Db, name: string) => T): T {
  let queries = cache.get(db);
  if (!queries) {
    queries = new Map();
    cache.set(db, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (query === undefined) {
    query = build(db, name);
    queries.set(name, query);
  }
  return query;
}

/** Whether this is a transaction (whose reads must stay inside it), not the database. */
export function isTransaction(db: DbOrTx): boolean {
  return is(db, PgTransaction);
}
