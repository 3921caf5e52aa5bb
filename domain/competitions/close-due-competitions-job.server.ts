import type { Clock } from "../../platform/clock/clock";
import type { Database } from "../../platform/db/client.server";
import { defineJob, enqueueJob, handleJob, type JobRegistration } from "../../platform/jobs/job-queue.server";
import type { Logger } from "../../platform/logging/logger.server";
import { closeDueCompetitions } from "./close-due-competitions";
import { CLOSE_DUE_INTERVAL_MS } from "./rules";

/**
 * The job that closes competitions at their deadline. Like the mail sweep: "stately" with one key
 * keeps at most one run waiting and one running across every process; no retries, the next run is
 * the retry.
 */
export const CLOSE_DUE_COMPETITIONS_JOB = defineJob<Record<string, never>>("competitions.close-due", {
  policy: "stately",
  retryLimit: 0,
  expireInSeconds: 300,
});
const RUN_KEY = "close-due";

export function closeDueCompetitionsHandler(options: {
  database: Database;
  clock: Clock;
  logger: Logger;
}): JobRegistration {
  return handleJob(CLOSE_DUE_COMPETITIONS_JOB, async () => {
    const closed = await closeDueCompetitions({ db: options.database.db, clock: options.clock });
    if (closed.length) options.logger.info({ closed }, "Zamknięto konkursy po terminie składania ofert");
  });
}

/** Asks for a run now. Never throws. */
export async function requestCloseDueCompetitions(database: Database, logger?: Logger): Promise<void> {
  try {
    await enqueueJob(database, CLOSE_DUE_COMPETITIONS_JOB, {}, { singletonKey: RUN_KEY });
  } catch (error) {
    logger?.error({ err: error }, "Nie udało się zlecić zamykania konkursów");
  }
}

/**
 * Starts the timer that asks for a run every minute (pg-boss's cron has a minute's step too, but a
 * deduplicated enqueue keeps the pattern of the mail sweep: one place runs it, one run at a time).
 * Returns the function that stops it.
 */
export function startCompetitionCloser(database: Database, logger: Logger): () => void {
  void requestCloseDueCompetitions(database, logger);
  const timer = setInterval(() => void requestCloseDueCompetitions(database, logger), CLOSE_DUE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
