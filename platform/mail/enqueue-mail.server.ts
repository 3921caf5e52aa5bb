import type { DbOrTx } from "../db/client.server";
import { type MailAttachmentRef, mailOutbox } from "../db/schema/mail";
import type { RenderedMail } from "./templates/types";

/**
 * Puts a message into the outbox inside the caller's transaction: if the change rolls back, no
 * mail goes out; if it commits, the mail job sends it (at least once, retried on failure).
 * Templates live in platform/mail/templates/ (shared ones) or beside their procedure.
 */
export async function enqueueMail(db: DbOrTx, message: OutboxMessage): Promise<string> {
  const [id] = await enqueueMails(db, [message]);
  if (!id) throw new Error("outbox insert returned nothing");
  return id;
}

export interface OutboxMessage {
  tenantId: string | null;
  to: string;
  template: string;
  rendered: RenderedMail;
  /** Files resolved when the message is sent (platform/mail/attachments.server.ts). */
  attachments?: MailAttachmentRef[];
}

/** enqueueMail for several messages in one statement (their ids in the same order). */
export async function enqueueMails(db: DbOrTx, messages: readonly OutboxMessage[]): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await db
    .insert(mailOutbox)
    .values(
      messages.map((message) => ({
        tenantId: message.tenantId,
        to: message.to,
        template: message.template,
        subject: message.rendered.subject,
        text: message.rendered.text,
        html: message.rendered.html,
        attachments: message.attachments ?? [],
      })),
    )
    .returning({ id: mailOutbox.id });
  if (rows.length !== messages.length) throw new Error("outbox insert returned too few rows");
  return rows.map((r) => r.id);
}
