import { and, asc, eq, gt, isNull, lt, notInArray, sql } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import type { Db } from "../db/client.server";
import { mailOutbox } from "../db/schema/mail";
import type { Logger } from "../logging/logger.server";
import { type AttachmentResolvers, resolveAttachments } from "./attachments.server";
import type { MailTransport } from "./mail-transport.server";

/** A message is tried at most this many times, then left unsent with its last error shown. */
export const MAIL_MAX_ATTEMPTS = 8;
/**
 * Retry backoff: attempt n+1 is due BASE × (2ⁿ − 1) seconds after the row was written (30 s, 90 s,
 * 3.5 min, … about an hour for the eighth). Counted from created_at because the outbox keeps no
 * time of the last attempt; after a long outage several attempts may follow quickly, which is fine.
 */
export const MAIL_RETRY_BASE_SECONDS = 30;
/**
 * Messages older than this are not sent any more: a password link or a deadline reminder three days
 * late does more harm than good. It also keeps the query on the created_at index.
 */
export const MAIL_GIVE_UP_AFTER_MS = 72 * 60 * 60 * 1000;
/** Messages sent by one sweep at most; the next sweep continues. */
export const MAIL_BATCH_SIZE = 25;

export interface SendOutboxOptions {
  db: Db;
  transport: MailTransport;
  clock: Clock;
  logger?: Logger;
  limit?: number;
  /** Resolvers of the attachments rows name by reference; a row naming an unknown kind fails and is retried. */
  attachments?: AttachmentResolvers;
}

export interface SendOutboxResult {
  sent: number;
  failed: number;
}

/**
 * Sends what is due in the outbox, one message per transaction: the row is claimed with
 * FOR UPDATE SKIP LOCKED and stays locked until it is marked sent, so two senders (two workers, two
 * processes) never send one message twice; a sender that dies mid-way releases its lock and the
 * message is sent again later (at least once). On PGlite the lock is the single connection itself:
 * there the SMTP exchange, bounded by the transport's timeouts, holds the embedded database.
 */
export async function sendOutbox(options: SendOutboxOptions): Promise<SendOutboxResult> {
  const limit = options.limit ?? MAIL_BATCH_SIZE;
  const result: SendOutboxResult = { sent: 0, failed: 0 };
  const tried: string[] = [];
  while (result.sent + result.failed < limit) {
    const outcome = await sendNext(options, tried);
    if (outcome === "none") break;
    result[outcome] += 1;
  }
  return result;
}

async function sendNext(options: SendOutboxOptions, tried: string[]): Promise<"sent" | "failed" | "none"> {
  const { db, transport, clock, logger, attachments } = options;
  const now = clock.now();
  const oldest = new Date(now.getTime() - MAIL_GIVE_UP_AFTER_MS);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(mailOutbox)
      .where(
        and(
          gt(mailOutbox.createdAt, oldest),
          isNull(mailOutbox.sentAt),
          lt(mailOutbox.attempts, MAIL_MAX_ATTEMPTS),
          sql`${mailOutbox.createdAt} + make_interval(secs => ${MAIL_RETRY_BASE_SECONDS} * (power(2, ${mailOutbox.attempts}) - 1)) <= ${now.toISOString()}::timestamptz`,
          // A message that failed in this sweep waits for the next one.
          tried.length ? notInArray(mailOutbox.id, tried) : undefined,
        ),
      )
      .orderBy(asc(mailOutbox.createdAt))
      .limit(1)
      .for("update", { skipLocked: true });
    if (!row) return "none";
    tried.push(row.id);
    try {
      // Resolved through the connection holding the row, in a savepoint, so a resolver's failed
      // query does not abort the transaction that records the failure.
      const files = row.attachments.length
        ? await tx.transaction((sp) => resolveAttachments(sp, row.attachments, attachments))
        : [];
      await transport.send({
        to: row.to,
        subject: row.subject,
        text: row.text,
        html: row.html,
        ...(files.length ? { attachments: files } : {}),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger?.warn({ mailId: row.id, attempts: row.attempts + 1, err: message }, "Nie wysłano wiadomości");
      await tx
        .update(mailOutbox)
        .set({ attempts: row.attempts + 1, lastError: message.slice(0, 1000) })
        .where(eq(mailOutbox.id, row.id));
      return "failed";
    }
    await tx
      .update(mailOutbox)
      .set({ sentAt: clock.now(), transport: transport.name, attempts: row.attempts + 1, lastError: null })
      .where(eq(mailOutbox.id, row.id));
    return "sent";
  });
}
