import type { Clock } from "../clock/clock";
import type { Database } from "../db/client.server";
import { defineJob, enqueueJob, handleJob, type JobRegistration } from "../jobs/job-queue.server";
import type { Logger } from "../logging/logger.server";
import type { AttachmentResolvers } from "./attachments.server";
import type { MailTransport } from "./mail-transport.server";
import { sendOutbox } from "./send-outbox.server";

/**
 * The mail job: one sweep of the outbox. "stately" with one key keeps at most one sweep waiting and
 * one running across every process, so sweeps never pile up; no retries, the next sweep is the retry.
 */
export const SEND_OUTBOX_JOB = defineJob<Record<string, never>>("mail.send-outbox", {
  policy: "stately",
  retryLimit: 0,
  expireInSeconds: 300,
});
const SWEEP_KEY = "outbox";

/**
 * How often each worker process asks for a sweep. pg-boss's cron cannot go below a minute, and a
 * self-rescheduling job breaks its chain when one run is lost; a small timer that only enqueues the
 * (deduplicated) job keeps pg-boss the one place where the sending runs — one sweep at a time over
 * all processes, with its expiry and error reporting — while mail leaves within seconds.
 */
export const MAIL_SWEEP_INTERVAL_MS = 5_000;

export function sendOutboxHandler(options: {
  database: Database;
  transport: MailTransport;
  clock: Clock;
  logger: Logger;
  /** Resolvers of attachments named by reference (platform/mail/attachments.server.ts). */
  attachments?: AttachmentResolvers;
}): JobRegistration {
  return handleJob(SEND_OUTBOX_JOB, async () => {
    const result = await sendOutbox({
      db: options.database.db,
      transport: options.transport,
      clock: options.clock,
      logger: options.logger,
      attachments: options.attachments,
    });
    if (result.sent || result.failed) options.logger.info(result, "Wysyłka poczty");
  });
}

/**
 * Asks for a sweep now. Call it after committing a transaction that wrote to the outbox when the
 * mail should leave within a second rather than within the sweep interval. Never throws.
 */
export async function requestMailSweep(database: Database, logger?: Logger): Promise<void> {
  try {
    await enqueueJob(database, SEND_OUTBOX_JOB, {}, { singletonKey: SWEEP_KEY });
  } catch (error) {
    logger?.error({ err: error }, "Nie udało się zlecić wysyłki poczty");
  }
}

/** Starts the timer that asks for a sweep every few seconds; returns the function that stops it. */
export function startMailSweeper(database: Database, logger: Logger): () => void {
  void requestMailSweep(database, logger);
  const timer = setInterval(() => void requestMailSweep(database, logger), MAIL_SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
