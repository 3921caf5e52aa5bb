import type { Clock } from "../../platform/clock/clock";
import type { Database } from "../../platform/db/client.server";
import { defineJob, enqueueJob, handleJob, type JobRegistration } from "../../platform/jobs/job-queue.server";
import type { Logger } from "../../platform/logging/logger.server";
import { expireCorrections } from "./expire-corrections";
import { EXPIRE_CORRECTIONS_INTERVAL_MS } from "./rules";

/**
 * The job that expires corrections past their deadline (and rejects their offers). Like the
 * competitions' closer: "stately" with one key keeps at most one run waiting and one running; no
 * retries, the next run is the retry.
 */
export const EXPIRE_CORRECTIONS_JOB = defineJob<Record<string, never>>("evaluation.expire-corrections", {
  policy: "stately",
  retryLimit: 0,
  expireInSeconds: 300,
});
const RUN_KEY = "expire-corrections";

export function expireCorrectionsHandler(options: {
  database: Database;
  clock: Clock;
  logger: Logger;
  appUrl: string;
}): JobRegistration {
  return handleJob(EXPIRE_CORRECTIONS_JOB, async () => {
    const expired = await expireCorrections({
      db: options.database.db,
      clock: options.clock,
      appUrl: options.appUrl,
    });
    if (expired.length) options.logger.info({ expired }, "Upłynął termin usunięcia braków formalnych");
  });
}

/** Asks for a run now. Never throws. */
export async function requestExpireCorrections(database: Database, logger?: Logger): Promise<void> {
  try {
    await enqueueJob(database, EXPIRE_CORRECTIONS_JOB, {}, { singletonKey: RUN_KEY });
  } catch (error) {
    logger?.error({ err: error }, "Nie udało się zlecić wygaszania wezwań do korekty");
  }
}

/** Starts the timer that asks for a run every minute; returns the function that stops it. */
export function startCorrectionExpirer(database: Database, logger: Logger): () => void {
  void requestExpireCorrections(database, logger);
  const timer = setInterval(
    () => void requestExpireCorrections(database, logger),
    EXPIRE_CORRECTIONS_INTERVAL_MS,
  );
  timer.unref();
  return () => clearInterval(timer);
}
