import { type Database, openDatabase } from "../platform/db/client.server";
import type { Env } from "../platform/env/env.server";

/** Opens the database the environment names: PostgreSQL when DATABASE_URL is set, else PGlite on disk. */
export async function openConfiguredDatabase(env: Env): Promise<Database> {
  if (env.DATABASE_URL) return openDatabase({ kind: "postgresql", url: env.DATABASE_URL });
  return openDatabase({ kind: "pglite", dataDir: env.DATA_DIR });
}
