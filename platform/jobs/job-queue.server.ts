import PgBoss from "pg-boss";
import type { Database } from "../db/client.server";
import type { Logger } from "../logging/logger.server";

/** PostgreSQL schema that holds pg-boss's tables, beside ours and never mixed with them. */
export const JOB_SCHEMA = "pgboss";

/**
 * How often an idle worker asks for work. pg-boss polls (no LISTEN/NOTIFY, which PGlite cannot
 * share between processes anyway); one cheap indexed query per queue per second keeps mail and
 * other jobs within about a second of being enqueued.
 */
export const JOB_POLLING_INTERVAL_SECONDS = 1;

/** How long a stopping worker waits for running jobs before failing them back to the queue. */
const STOP_TIMEOUT_MS = 10_000;

/** Queue settings of pg-boss (policy, retries, expiry); see node_modules/pg-boss/types.d.ts. */
export type QueueSettings = Omit<PgBoss.Queue, "name">;

/** A job type: its queue name and settings, and (in the type only) the shape of its payload. */
export interface JobDefinition<P extends object> {
  readonly name: string;
  readonly queue: QueueSettings;
  /** Never set: carries the payload type so enqueue and handler cannot disagree. */
  readonly payloadType?: P;
}

/** Declares a job type once; enqueue and the handler both take this value. */
export function defineJob<P extends object>(name: string, queue: QueueSettings = {}): JobDefinition<P> {
  return { name, queue };
}

export interface EnqueueOptions {
  /** With a "singleton", "short" or "stately" queue: jobs with the same key are not duplicated. */
  singletonKey?: string;
  /** Run no earlier than this many seconds from now. */
  startAfterSeconds?: number;
}

/** What a handler learns about the job it runs. */
export interface JobMeta {
  id: string;
  name: string;
}

export type JobHandler<P> = (payload: P, meta: JobMeta) => Promise<void>;

/** A handler bound to its job type; the worker runs a list of these. */
export interface JobRegistration {
  readonly name: string;
  readonly queue: QueueSettings;
  run(payload: unknown, meta: JobMeta): Promise<void>;
}

/** Binds a typed handler to a job type. A thrown error fails the job; pg-boss retries it per the queue's settings. */
export function handleJob<P extends object>(job: JobDefinition<P>, handler: JobHandler<P>): JobRegistration {
  return { name: job.name, queue: job.queue, run: (payload, meta) => handler(payload as P, meta) };
}

/**
 * pg-boss's connection: the app's own database, so PGlite works too (pg-boss would otherwise open a
 * node-postgres pool it cannot use) and PostgreSQL needs no second pool.
 *
 * pg-boss sends its maintenance as one text "BEGIN; …; COMMIT;". If a statement in the middle fails,
 * the connection would stay inside an aborted transaction; on PGlite that is the one connection of
 * the whole app. So such texts run inside a transaction of the driver that is rolled back on error,
 * and on PostgreSQL on one client that gets a ROLLBACK before it returns to the pool.
 */
export function jobDatabaseAdapter(database: Database): PgBoss.Db {
  const { pglite, pool } = database;
  return {
    async executeSql(text, values) {
      const multiStatement = !values || values.length === 0;
      if (pglite) {
        if (!multiStatement) {
          const result = await pglite.query(text, values);
          return { rows: result.rows as Record<string, unknown>[] };
        }
        return pglite.transaction(async (tx) => {
          const results = await tx.exec(text);
          return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
        });
      }
      if (!pool) throw new Error("database has neither driver");
      if (!multiStatement) return pool.query(text, values);
      const client = await pool.connect();
      try {
        const result = await client.query(text);
        const last = Array.isArray(result) ? result[result.length - 1] : result;
        return { rows: last?.rows ?? [] };
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

function newBoss(database: Database, options: Partial<PgBoss.ConstructorOptions>): PgBoss {
  return new PgBoss({ db: jobDatabaseAdapter(database), schema: JOB_SCHEMA, ...options });
}

/**
 * Creates or upgrades pg-boss's schema. Safe to run from several processes at once: pg-boss takes
 * an advisory lock and tolerates losing the race.
 */
export async function installJobSchema(database: Database): Promise<void> {
  const boss = newBoss(database, { supervise: false, schedule: false, migrate: true });
  await boss.start();
  await boss.stop({ graceful: false, close: false });
}

/**
 * A pg-boss instance that only sends: it needs no start (sending is one INSERT), so request handlers
 * and scripts can enqueue on any process, also on web-only ones where JOBS_WORKER is off.
 */
const senders = new WeakMap<Database, { boss: PgBoss; queues: Map<string, Promise<void>> }>();

function senderFor(database: Database) {
  let sender = senders.get(database);
  if (!sender) {
    sender = { boss: newBoss(database, { supervise: false, schedule: false }), queues: new Map() };
    senders.set(database, sender);
  }
  return sender;
}

async function ensureQueue(database: Database, job: { name: string; queue: QueueSettings }): Promise<void> {
  const sender = senderFor(database);
  let created = sender.queues.get(job.name);
  if (!created) {
    // create_queue is idempotent (ON CONFLICT DO NOTHING); once per process and queue is enough.
    created = sender.boss.createQueue(job.name, { name: job.name, ...job.queue });
    sender.queues.set(job.name, created);
    created.catch(() => sender.queues.delete(job.name));
  }
  await created;
}

/**
 * Puts a job on its queue. Returns the job id, or null when a singleton key or the queue policy
 * refused a duplicate. The job schema must be installed (startBackgroundWork does it at boot).
 */
export async function enqueueJob<P extends object>(
  database: Database,
  job: JobDefinition<P>,
  payload: P,
  options: EnqueueOptions = {},
): Promise<string | null> {
  await ensureQueue(database, job);
  const sendOptions: PgBoss.SendOptions = {};
  if (options.singletonKey) sendOptions.singletonKey = options.singletonKey;
  if (options.startAfterSeconds) sendOptions.startAfter = options.startAfterSeconds;
  return senderFor(database).boss.send(job.name, payload, sendOptions);
}

export interface JobWorker {
  /** Stops polling, waits for running jobs (up to 10 s), then returns. */
  stop(): Promise<void>;
}

export interface StartJobWorkerOptions {
  database: Database;
  logger: Logger;
  handlers: JobRegistration[];
  pollingIntervalSeconds?: number;
}

/**
 * Starts a worker that runs the given handlers. Any number of processes may run one on the same
 * database: pg-boss fetches with FOR UPDATE SKIP LOCKED, so each job runs in exactly one of them
 * (and again only if it fails and its queue allows retries). Maintenance (expiry, archiving) is
 * supervised here too; pg-boss elects one process per interval through its own table.
 */
export async function startJobWorker(options: StartJobWorkerOptions): Promise<JobWorker> {
  const { database, logger, handlers } = options;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? JOB_POLLING_INTERVAL_SECONDS;
  // schedule (cron) is off: its smallest step is a minute and no job needs it yet.
  const boss = newBoss(database, { supervise: true, schedule: false, migrate: true });
  boss.on("error", (error) => logger.error({ err: error }, "Błąd kolejki zadań"));
  await boss.start();
  for (const registration of handlers) {
    await ensureQueue(database, registration);
    let workerId = "";
    workerId = await boss.work<object>(
      registration.name,
      { pollingIntervalSeconds, batchSize: 1 },
      async ([job]) => {
        if (!job) return;
        try {
          await registration.run(job.data, { id: job.id, name: job.name });
        } catch (error) {
          logger.error({ err: error, job: job.name, jobId: job.id }, "Zadanie nie powiodło się");
          throw error;
        } finally {
          // pg-boss waits a polling interval after every fetch; while there is work, fetch again at once.
          if (workerId) boss.notifyWorker(workerId);
        }
      },
    );
  }
  return {
    async stop() {
      await boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, close: false });
    },
  };
}
