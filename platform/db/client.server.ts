import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { nameStatementsOf } from "./named-statements.server";
import * as schema from "./schema/index";

/** The query builder every use case receives. Both drivers expose the same API. */
export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A use case that must join its caller's transaction accepts either. */
export type DbOrTx = Db | Tx;
export type DatabaseKind = "pglite" | "postgresql";

export interface Database {
  readonly db: Db;
  readonly kind: DatabaseKind;
  /** Raw SQL with positional parameters, for pg-boss and health checks. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
  /** Present on the embedded driver only. */
  readonly pglite?: PGlite;
  /** Present on the server driver only. */
  readonly pool?: pg.Pool;
}

export type OpenDatabaseOptions =
  | { kind: "postgresql"; url: string; poolSize?: number }
  | { kind: "pglite"; dataDir?: string; instance?: PGlite };

/** Opens the embedded PGlite (default) or a PostgreSQL pool, with the same Drizzle schema. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.kind === "postgresql") return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.instance ?? (await createPglite({ dataDir: options.dataDir })));
}

/** PostgreSQL extensions the migrations use; PGlite must load them before it opens the data. */
export const PGLITE_EXTENSIONS = { pg_trgm } satisfies PGliteOptions["extensions"];

/** Creates a PGlite with the project's extensions: in memory, on disk, or from a dump. */
export function createPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<PGlite> {
  const { dataDir, loadDataDir } = options;
  if (!dataDir) return PGlite.create({ extensions: PGLITE_EXTENSIONS, loadDataDir });
  const absolute = path.resolve(dataDir, "pglite");
  // PGlite does not create parent folders of its data directory.
  mkdirSync(path.dirname(absolute), { recursive: true });
  return PGlite.create(absolute, { extensions: PGLITE_EXTENSIONS });
}

function openPglite(instance: PGlite): Database {
  const db = drizzlePglite({ client: instance, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite: instance,
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        // exec accepts several statements (pg-boss sends its schema this way); query does not.
        const results = await instance.exec(text);
        const last = results[results.length - 1];
        return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
      }
      const result = await instance.query(text, values);
      return { rows: result.rows as Record<string, unknown>[] };
    },
    async close() {
      if (!instance.closed) await instance.close();
    },
  };
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error must not crash the process; the next query reports it.
  pool.on("error", () => {});
  // Repeated statements are parsed and planned once per connection (named-statements.server.ts).
  if (process.env.DB_NAMED_STATEMENTS !== "false") pool.on("connect", nameStatementsOf);
  const db = drizzlePg({ client: pool, schema });
  return {
    db,
    kind: "postgresql",
    pool,
    async executeSql(text, values) {
      const result = await pool.query(text, values as unknown[] | undefined);
      return { rows: result.rows };
    },
    async close() {
      await pool.end();
    },
  };
}
