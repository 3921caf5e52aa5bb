import { and, asc, eq, gte, inArray, isNull, lt, lte } from "drizzle-orm";
import { SYSTEM_ACTOR, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { contracts } from "../../platform/db/schema/contracts";
import { reports } from "../../platform/db/schema/reports";
import { formatDate, warsawDateOf, warsawDatePlusDays } from "../../platform/format/dates";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { tenantNameOf } from "../offers/offer-content";
import { reportLinks } from "../reports/access";
import { contractLetterRecipients } from "../settlement/recipients";
import { reportReminderMail } from "./mail/reminder-mails";
import { OWED_REPORT_STATUSES, REPORT_REMINDER_DAYS } from "./rules";

/*
 * Reminders of reports (UDPP art. 18; the contract's report dates): "due in 7 days" for a report
 * still owed whose date is within REPORT_REMINDER_DAYS (an earlier one not yet reminded too), and
 * "overdue" once its date has passed. Each goes once: the row's reminded_* column is set in the
 * same transaction as the mail, only where it was still empty.
 */

type Which = "due" | "overdue";

async function remind(options: { db: Db; clock: Clock; appUrl: string }, which: Which): Promise<string[]> {
  const now = options.clock.now();
  const today = warsawDateOf(now);
  const column = which === "due" ? reports.remindedDueAt : reports.remindedOverdueAt;
  const window =
    which === "due"
      ? and(gte(reports.dueOn, today), lte(reports.dueOn, warsawDatePlusDays(now, REPORT_REMINDER_DAYS)))
      : lt(reports.dueOn, today);
  const candidates = await options.db
    .select({ id: reports.id })
    .from(reports)
    .innerJoin(contracts, eq(contracts.id, reports.contractId))
    .where(
      and(
        inArray(reports.status, [...OWED_REPORT_STATUSES]),
        inArray(contracts.status, ["signed", "in_progress"]),
        isNull(column),
        window,
      ),
    )
    .orderBy(asc(reports.dueOn))
    .limit(500);
  const sent: string[] = [];
  for (const { id } of candidates) {
    const done = await options.db.transaction(async (tx) => {
      const [report] = await tx
        .update(reports)
        .set(which === "due" ? { remindedDueAt: now } : { remindedOverdueAt: now })
        .where(and(eq(reports.id, id), isNull(column), inArray(reports.status, [...OWED_REPORT_STATUSES])))
        .returning();
      if (!report) return false;
      const [contract] = await tx.select().from(contracts).where(eq(contracts.id, report.contractId));
      if (!contract) return false;
      await writeAudit(tx, {
        tenantId: report.tenantId,
        actor: SYSTEM_ACTOR,
        entityType: "report",
        entityId: report.id,
        action: which === "due" ? "reminders.reportDue" : "reminders.reportOverdue",
        after: { dueOn: report.dueOn, status: report.status },
      });
      const tenantName = await tenantNameOf(tx, report.tenantId);
      for (const to of await contractLetterRecipients(tx, contract))
        await enqueueMail(tx, {
          tenantId: report.tenantId,
          to: to.email,
          template: which === "due" ? "reminders.reportDue" : "reminders.reportOverdue",
          rendered: reportReminderMail(to.locale, {
            tenantName,
            number: contract.number,
            taskTitle: contract.taskTitle,
            kind: report.kind,
            dueOn: formatDate(report.dueOn),
            overdue: which === "overdue",
            link: reportLinks.ngo(options.appUrl, report.id),
          }),
        });
      return true;
    });
    if (done) sent.push(id);
  }
  return sent;
}

/** Reminds of reports due within REPORT_REMINDER_DAYS; returns the reports reminded. */
export function remindReportsDue(options: { db: Db; clock: Clock; appUrl: string }) {
  return remind(options, "due");
}

/** Reminds of reports past their date and not submitted; returns the reports reminded. */
export function remindReportsOverdue(options: { db: Db; clock: Clock; appUrl: string }) {
  return remind(options, "overdue");
}
