import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import type { MailAttachment } from "./attachments.server";

/** One message as it leaves the outbox. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Files resolved from the row's references (platform/mail/attachments.server.ts). */
  attachments?: MailAttachment[];
}

/** The value stored in mail_outbox.transport for a delivered row. */
export type TransportName = "smtp" | "dev-mailbox";

/** Where mail goes: a real SMTP server, or the development mailbox page. */
export interface MailTransport {
  readonly name: TransportName;
  /** Resolves when the message was accepted; throws when it was not (the row is retried). */
  send(message: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Upper bounds for one SMTP exchange. The sender holds the row's lock while it talks to the
 * server, so a server that hangs must not hold it for minutes. A `?connectionTimeout=…` in SMTP_URL
 * overrides them.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** Sends through the SMTP server of SMTP_URL (smtp://user:pass@host:587 or smtps://…:465). */
export function smtpTransport(url: string, from: string): MailTransport {
  const mailer = nodemailer.createTransport(new SMTPTransport({ ...SMTP_TIMEOUTS, url }), { from });
  return {
    name: "smtp",
    async send(message) {
      await mailer.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.attachments?.length
          ? {
              attachments: message.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: a.content,
              })),
            }
          : {}),
      });
    },
    close() {
      mailer.close();
    },
  };
}

/**
 * Without SMTP the outbox itself is the mailbox: the row is marked delivered with transport
 * "dev-mailbox" and administrators read it at /admin/poczta. Attachments are ignored (the row keeps
 * their references).
 */
export const devMailboxTransport: MailTransport = {
  name: "dev-mailbox",
  async send() {},
  close() {},
};

/** The transport the environment asks for: SMTP when SMTP_URL is set, else the development mailbox. */
export function transportFromEnv(env: { SMTP_URL?: string | undefined; MAIL_FROM: string }): MailTransport {
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM) : devMailboxTransport;
}
