import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createPglite, type Database, type Db, openDatabase } from "../platform/db/client.server";
import { withDatabase } from "./global-setup";

/**
 * Gives the calling test file its own migrated database: a PGlite loaded from the run's dump, or a
 * PostgreSQL database created from the run's migrated template. Never initdb per file.
 */
export function useTestDatabase(): { readonly db: Db; readonly database: Database } {
  let database: Database | undefined;
  let dropName: string | undefined;

  beforeAll(async () => {
    if (process.env.DB_DRIVER === "postgresql") {
      const url = inject("postgresUrl");
      dropName = `pozytek_t_${randomBytes(6).toString("hex")}`;
      await adminQuery(url, `create database ${dropName} template ${inject("postgresTemplate")}`);
      database = await openDatabase({ kind: "postgresql", url: withDatabase(url, dropName), poolSize: 4 });
    } else {
      const dump = await readFile(inject("pgliteDumpPath"));
      const instance = await createPglite({ loadDataDir: new Blob([dump]) });
      database = await openDatabase({ kind: "pglite", instance });
    }
  }, 60_000);

  afterAll(async () => {
    await database?.close();
    if (dropName) await adminQuery(inject("postgresUrl"), `drop database if exists ${dropName} with (force)`);
  });

  return {
    get db() {
      if (!database) throw new Error("test database not ready: use it inside a test or hook");
      return database.db;
    },
    get database() {
      if (!database) throw new Error("test database not ready: use it inside a test or hook");
      return database;
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
