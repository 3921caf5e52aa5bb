import { and, asc, eq, isNotNull, isNull, lte } from "drizzle-orm";
import { SYSTEM_ACTOR, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { contracts, settlementReturns, settlements } from "../../platform/db/schema/contracts";
import { formatDate, warsawDateOf, warsawDatePlusDays } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { tenantNameOf } from "../offers/offer-content";
import { contractLetterRecipients, returnAccountOf, settlementLinks } from "../settlement/recipients";
import { returnReminderMail } from "./mail/reminder-mails";
import { RETURN_REMINDER_DAYS } from "./rules";

/**
 * Reminds the organisation of a confirmed return (ufp art. 251) still not paid in full whose due
 * date is within RETURN_REMINDER_DAYS or already past, once per settlement (settlements.reminded_at).
 * Returns the contracts reminded.
 */
export async function remindReturns(options: { db: Db; clock: Clock; appUrl: string }): Promise<string[]> {
  const now = options.clock.now();
  const today = warsawDateOf(now);
  const candidates = await options.db
    .select({ contractId: settlements.contractId })
    .from(settlements)
    .where(
      and(
        eq(settlements.status, "open"),
        isNotNull(settlements.computedAt),
        isNull(settlements.remindedAt),
        lte(settlements.dueOn, warsawDatePlusDays(now, RETURN_REMINDER_DAYS)),
      ),
    )
    .orderBy(asc(settlements.dueOn))
    .limit(500);
  const sent: string[] = [];
  for (const { contractId } of candidates) {
    const done = await options.db.transaction(async (tx) => {
      const [settlement] = await tx
        .select()
        .from(settlements)
        .where(and(eq(settlements.contractId, contractId), isNull(settlements.remindedAt)))
        .for("update");
      if (!settlement?.dueOn) return false;
      const paid = await tx
        .select({ amount: settlementReturns.amount })
        .from(settlementReturns)
        .where(and(eq(settlementReturns.contractId, contractId), eq(settlementReturns.kind, "principal")));
      const owed = settlement.refundTotal - paid.reduce((s, r) => s + r.amount, 0);
      if (owed <= 0) return false;
      await tx.update(settlements).set({ remindedAt: now }).where(eq(settlements.contractId, contractId));
      const [contract] = await tx.select().from(contracts).where(eq(contracts.id, contractId));
      if (!contract) return false;
      const overdue = settlement.dueOn < today;
      await writeAudit(tx, {
        tenantId: contract.tenantId,
        actor: SYSTEM_ACTOR,
        entityType: "contract",
        entityId: contract.id,
        action: "reminders.returnDue",
        after: { dueOn: settlement.dueOn, owed, overdue },
      });
      const tenantName = await tenantNameOf(tx, contract.tenantId);
      const account = await returnAccountOf(tx, contract.tenantId);
      for (const to of await contractLetterRecipients(tx, contract))
        await enqueueMail(tx, {
          tenantId: contract.tenantId,
          to: to.email,
          template: "reminders.returnDue",
          rendered: returnReminderMail(to.locale, {
            tenantName,
            number: contract.number,
            taskTitle: contract.taskTitle,
            amount: formatMoney(owed),
            dueOn: formatDate(settlement.dueOn),
            overdue,
            account,
            link: settlementLinks.ngo(options.appUrl, contract.id),
          }),
        });
      return true;
    });
    if (done) sent.push(contractId);
  }
  return sent;
}
