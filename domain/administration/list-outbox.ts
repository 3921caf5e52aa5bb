import { and, desc, eq, gte, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { mailOutbox } from "../../platform/db/schema/mail";
import { AppError } from "../../platform/errors/app-error";
import { MAIL_GIVE_UP_AFTER_MS, MAIL_MAX_ATTEMPTS } from "../../platform/mail/send-outbox.server";
import { IdField } from "./fields";

/** Messages on one page of the mailbox. */
export const OUTBOX_PAGE_SIZE = 50;

export type OutboxStatus = "sent" | "pending" | "failed";

export interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  template: string;
  createdAt: Date;
  sentAt: Date | null;
  transport: string | null;
  attempts: number;
  lastError: string | null;
  status: OutboxStatus;
}

/** Sent; still being tried; or given up (too many attempts, or too old to be sent). */
function statusOf(row: { sentAt: Date | null; attempts: number; createdAt: Date }, now: Date): OutboxStatus {
  if (row.sentAt) return "sent";
  const tooOld = now.getTime() - row.createdAt.getTime() > MAIL_GIVE_UP_AFTER_MS;
  return row.attempts >= MAIL_MAX_ATTEMPTS || tooOld ? "failed" : "pending";
}

const listColumns = {
  id: mailOutbox.id,
  to: mailOutbox.to,
  subject: mailOutbox.subject,
  template: mailOutbox.template,
  createdAt: mailOutbox.createdAt,
  sentAt: mailOutbox.sentAt,
  transport: mailOutbox.transport,
  attempts: mailOutbox.attempts,
  lastError: mailOutbox.lastError,
};

/** One page of the tenant's outbox, newest first (the development mailbox, or the delivery log with SMTP). */
export async function listOutbox(
  db: DbOrTx,
  options: { tenantId: string; page: number; now: Date },
): Promise<{ rows: OutboxRow[]; hasNext: boolean }> {
  const page = Math.max(1, Math.min(options.page, 10_000));
  const rows = await db
    .select(listColumns)
    .from(mailOutbox)
    .where(eq(mailOutbox.tenantId, options.tenantId))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE + 1)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
  return {
    rows: rows.slice(0, OUTBOX_PAGE_SIZE).map((r) => ({ ...r, status: statusOf(r, options.now) })),
    hasNext: rows.length > OUTBOX_PAGE_SIZE,
  };
}

/** One message of the tenant's outbox with its bodies; another tenant's id is "not found". */
export async function readOutboxMessage(
  db: DbOrTx,
  options: { tenantId: string; id: string; now: Date },
): Promise<OutboxRow & { text: string; html: string }> {
  if (!IdField.safeParse(options.id).success) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await db
    .select({ ...listColumns, text: mailOutbox.text, html: mailOutbox.html })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.id, options.id), eq(mailOutbox.tenantId, options.tenantId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return { ...row, status: statusOf(row, options.now) };
}

/** Unsent messages of the tenant from the last week: still being tried, and given up. For the dashboard. */
export async function countUndelivered(
  db: DbOrTx,
  options: { tenantId: string; now: Date },
): Promise<{ pending: number; failed: number }> {
  const weekAgo = new Date(options.now.getTime() - 7 * 24 * 60 * 60 * 1000);
  const giveUpBefore = new Date(options.now.getTime() - MAIL_GIVE_UP_AFTER_MS).toISOString();
  const trying = sql`${mailOutbox.attempts} < ${MAIL_MAX_ATTEMPTS} and ${mailOutbox.createdAt} > ${giveUpBefore}::timestamptz`;
  const [row] = await db
    .select({
      pending: sql<number>`(count(*) filter (where ${trying}))::int`,
      failed: sql<number>`(count(*) filter (where not (${trying})))::int`,
    })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.tenantId, options.tenantId),
        isNull(mailOutbox.sentAt),
        gte(mailOutbox.createdAt, weekAgo),
      ),
    );
  return { pending: row?.pending ?? 0, failed: row?.failed ?? 0 };
}
