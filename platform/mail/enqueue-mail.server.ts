import type { DbOrTx } from "../db/client.server";
import { type MailAttachmentRef, mailOutbox } from "../db/schema/mail";
import type { RenderedMail } from "./templates/types";

/**
 * Puts a message into the outbox inside the caller's transaction: if the change rolls back, no
 * mail goes out; if it commits, the mail job sends it (at least once, retried on failure).
 * Templates live in platform/mail/templates/ (shared ones) or beside their procedure.
 */
export async function enqueueMail(
  db: DbOrTx,
  message: {
    tenantId: string | null;
    to: string;
    template: string;
    rendered: RenderedMail;
    /** Files resolved when the message is sent (platform/mail/attachments.server.ts). */
    attachments?: MailAttachmentRef[];
  },
): Promise<string> {
  const [row] = await db
    .insert(mailOutbox)
    .values({
      tenantId: message.tenantId,
      to: message.to,
      template: message.template,
      subject: message.rendered.subject,
      text: message.rendered.text,
      html: message.rendered.html,
      attachments: message.attachments ?? [],
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error("outbox insert returned nothing");
  return row.id;
}
