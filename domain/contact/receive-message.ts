import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import { enforceRateLimits } from "../../platform/auth/rate-limit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { contactMessages } from "../../platform/db/schema/contact";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { validationError } from "../organizations/access";
import { inboxMessageMail } from "./mail";
import { inboxRecipients } from "./recipients";
import { CONTACT_LIMIT_PER_IP, HONEYPOT_FIELD } from "./rules";
import { ContactMessageSchema, ErrorReportSchema } from "./schemas";

export interface ReceiveMessageOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  /** The form as typed, honeypot field included. */
  input: Record<string, unknown>;
}

/** What the sender is told: the same answer whether the message was kept or silently dropped. */
export interface ReceiveMessageResult {
  accepted: true;
  /** The stored message's id; null when the honeypot caught a bot (the sender is not told). */
  messageId: string | null;
}

/**
 * Shared by both forms: drops a bot's message silently but writes it to the audit log (honeypot
 * filled), validates, counts the message against the per-IP limit (RATE_LIMITED when exceeded;
 * trapped bots count too), then stores the message in the coordinator's inbox and mails it to the coordinators — one
 * transaction with the audit entry.
 */
export async function receiveMessage(
  kind: "contact" | "error_report",
  options: ReceiveMessageOptions,
): Promise<ReceiveMessageResult> {
  const now = options.clock.now();
  const countAttempt = () =>
    enforceRateLimits(options.db, now, [{ rule: CONTACT_LIMIT_PER_IP, key: options.actor.ip }]);
  const honeypot = options.input[HONEYPOT_FIELD];
  if (typeof honeypot === "string" && honeypot.trim() !== "") {
    await countAttempt();
    await writeAudit(options.db, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contact_message",
      entityId: null,
      action: "contact.honeypot",
      after: { kind, honeypot: honeypot.slice(0, 200) },
    });
    return { accepted: true, messageId: null };
  }
  const schema = kind === "error_report" ? ErrorReportSchema : ContactMessageSchema;
  const parsed = schema.safeParse(options.input);
  // A refused form stores and sends nothing, so it does not count: a person correcting a typo
  // is not locked out; every message that would reach the inbox (or a bot's trap) does count.
  if (!parsed.success) throw validationError(parsed.error.issues);
  await countAttempt();
  const { name, email, subject, message } = parsed.data;
  const input = { name, email, subject, message };
  const pageUrl = "pageUrl" in parsed.data ? String(parsed.data.pageUrl) : null;
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contactMessages)
      .values({ tenantId: options.tenantId, kind, ...input, pageUrl, createdAt: now })
      .returning({ id: contactMessages.id });
    if (!row) throw new Error("contact message insert returned nothing");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contact_message",
      entityId: row.id,
      action: kind === "error_report" ? "contact.errorReported" : "contact.received",
      after: { kind, subject: input.subject },
    });
    const link = `${options.appUrl.replace(/\/$/, "")}/urzad/skrzynka`;
    for (const recipient of await inboxRecipients(tx, options.tenantId)) {
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: recipient.email,
        template: `contact.${kind}`,
        rendered: inboxMessageMail(recipient.locale, {
          tenantName: options.tenantName,
          kind,
          ...input,
          pageUrl,
          link,
        }),
      });
    }
    return { accepted: true as const, messageId: row.id };
  });
}
