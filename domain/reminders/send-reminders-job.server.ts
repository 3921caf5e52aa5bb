import type { Clock } from "../../platform/clock/clock";
import type { Database } from "../../platform/db/client.server";
import { defineJob, enqueueJob, handleJob, type JobRegistration } from "../../platform/jobs/job-queue.server";
import type { Logger } from "../../platform/logging/logger.server";
import { remindInstalments } from "./remind-instalments";
import { remindReportsDue, remindReportsOverdue } from "./remind-reports";
import { remindReturns } from "./remind-returns";
import { REMINDERS_INTERVAL_MS } from "./rules";

/**
 * The daily reminders of what follows a contract (reports due and overdue, instalments to pay,
 * returns of the grant). "Stately" with one key: at most one run waiting and one running; no
 * retries, the next run is the retry. Every reminder goes once, so running more often is harmless.
 */
export const SEND_REMINDERS_JOB = defineJob<Record<string, never>>("reminders.send", {
  policy: "stately",
  retryLimit: 0,
  expireInSeconds: 600,
});
const RUN_KEY = "send-reminders";

/** Runs every reminder once; returns what was reminded. */
export async function sendReminders(options: { db: Database["db"]; clock: Clock; appUrl: string }) {
  return {
    reportsDue: await remindReportsDue(options),
    reportsOverdue: await remindReportsOverdue(options),
    instalments: await remindInstalments(options),
    returns: await remindReturns(options),
  };
}

export function sendRemindersHandler(options: {
  database: Database;
  clock: Clock;
  logger: Logger;
  appUrl: string;
}): JobRegistration {
  return handleJob(SEND_REMINDERS_JOB, async () => {
    const sent = await sendReminders({
      db: options.database.db,
      clock: options.clock,
      appUrl: options.appUrl,
    });
    const count = Object.values(sent).reduce((s, ids) => s + ids.length, 0);
    if (count) options.logger.info({ sent }, "Wysłano przypomnienia o sprawozdaniach, transzach i zwrotach");
  });
}

/** Asks for a run now. Never throws. */
export async function requestReminders(database: Database, logger?: Logger): Promise<void> {
  try {
    await enqueueJob(database, SEND_REMINDERS_JOB, {}, { singletonKey: RUN_KEY });
  } catch (error) {
    logger?.error({ err: error }, "Nie udało się zlecić wysłania przypomnień");
  }
}

/** Starts the timer that asks for a run every few hours; returns the function that stops it. */
export function startReminders(
  database: Database,
  logger: Logger,
  intervalMs: number = REMINDERS_INTERVAL_MS,
): () => void {
  void requestReminders(database, logger);
  const timer = setInterval(() => void requestReminders(database, logger), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
