import type { Clock } from "./clock/clock";
import type { Database, Db } from "./db/client.server";
import type { Env } from "./env/env.server";
import type { Logger } from "./logging/logger.server";

/**
 * What a running process shares with every request and job: one per process, built in
 * server/main.ts, handed to React Router as load context. Nothing here holds per-user state, so
 * any number of processes can serve the same database.
 */
export interface Services {
  env: Env;
  database: Database;
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Signs CSRF tokens; the same in every process on one database. */
  signingSecret: string;
}
