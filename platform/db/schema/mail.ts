import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * A file to attach when the message is sent, named by reference (the outbox never holds large
 * bytes): the sender asks the resolver registered for `kind` (platform/mail/attachments.server.ts).
 */
export type MailAttachmentRef = { kind: string; id: string; filename: string; contentType: string };

/**
 * Mail outbox: rows are written in the same transaction as the change that causes them and sent
 * by the mail job. Without SMTP configured, sent rows are the development mailbox.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id"),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    template: text("template").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** "smtp" or "dev-mailbox". */
    transport: text("transport"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    attachments: jsonb("attachments").$type<MailAttachmentRef[]>().notNull().default([]),
  },
  (t) => [index("mail_outbox_unsent").on(t.createdAt), index("mail_outbox_to").on(t.to)],
);
