import {
  closeDueCompetitionsHandler,
  startCompetitionCloser,
} from "../domain/competitions/close-due-competitions-job.server";
import {
  expireCorrectionsHandler,
  startCorrectionExpirer,
} from "../domain/evaluation/expire-corrections-job.server";
import { OFFER_VERSION_PDF, resolveOfferVersionPdf } from "../domain/offers/offer-pdf-attachment.server";
import { sendRemindersHandler, startReminders } from "../domain/reminders/send-reminders-job.server";
import { installJobSchema, type JobWorker, startJobWorker } from "../platform/jobs/job-queue.server";
import { pingHandler } from "../platform/jobs/ping-job.server";
import { createAttachmentResolvers } from "../platform/mail/attachments.server";
import { sendOutboxHandler, startMailSweeper } from "../platform/mail/mail-job.server";
import { transportFromEnv } from "../platform/mail/mail-transport.server";
import type { Services } from "../platform/services.server";

/**
 * Starts the work that runs beside HTTP in this process (the job worker, when JOBS_WORKER is on).
 * Returns a function that stops it. Never throws: a broken queue is logged and the site keeps serving.
 */
export async function startBackgroundWork(services: Services): Promise<() => Promise<void>> {
  const { env, database, logger, clock } = services;
  try {
    // Every process may enqueue (web-only ones too), so every process makes sure the schema exists.
    await installJobSchema(database);
  } catch (error) {
    logger.error({ err: error }, "Nie udało się przygotować kolejki zadań");
    return async () => {};
  }
  if (!env.JOBS_WORKER) {
    logger.info("Kolejka zadań: ten proces tylko zleca zadania (JOBS_WORKER=false)");
    return async () => {};
  }
  const transport = transportFromEnv(env);
  // Files that outbox rows name by reference, rendered when the mail is sent.
  const attachments = createAttachmentResolvers({ [OFFER_VERSION_PDF]: resolveOfferVersionPdf });
  let worker: JobWorker;
  try {
    worker = await startJobWorker({
      database,
      logger,
      handlers: [
        sendOutboxHandler({ database, transport, clock, logger, attachments }),
        pingHandler(database.db),
        closeDueCompetitionsHandler({ database, clock, logger }),
        expireCorrectionsHandler({ database, clock, logger, appUrl: env.APP_URL }),
        sendRemindersHandler({ database, clock, logger, appUrl: env.APP_URL }),
      ],
    });
  } catch (error) {
    logger.error({ err: error }, "Nie udało się uruchomić kolejki zadań");
    transport.close();
    return async () => {};
  }
  const stopSweeper = startMailSweeper(database, logger);
  const stopCompetitionCloser = startCompetitionCloser(database, logger);
  const stopCorrectionExpirer = startCorrectionExpirer(database, logger);
  const stopReminders = startReminders(database, logger, env.REMINDERS_INTERVAL_SECONDS * 1000);
  logger.info({ mail: transport.name }, "Kolejka zadań uruchomiona");
  return async () => {
    stopSweeper();
    stopCompetitionCloser();
    stopCorrectionExpirer();
    stopReminders();
    try {
      await worker.stop();
    } catch (error) {
      logger.error({ err: error }, "Błąd przy zatrzymywaniu kolejki zadań");
    }
    transport.close();
  };
}
