import { and, asc, eq, inArray, isNull, lte } from "drizzle-orm";
import { SYSTEM_ACTOR, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { contractInstalments, contracts } from "../../platform/db/schema/contracts";
import { organizations } from "../../platform/db/schema/organizations";
import { formatDate, warsawDatePlusDays } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { contractLinks } from "../contracts/access";
import { tenantNameOf } from "../offers/offer-content";
import { instalmentReminderMail } from "./mail/reminder-mails";
import { officeRecipients } from "./recipients";
import { INSTALMENT_REMINDER_DAYS } from "./rules";

/**
 * Reminds the office (the department's officers and the coordinators) of an unpaid instalment
 * planned within INSTALMENT_REMINDER_DAYS (or earlier and never reminded), once per instalment.
 * Returns the instalments reminded.
 */
export async function remindInstalments(options: {
  db: Db;
  clock: Clock;
  appUrl: string;
}): Promise<string[]> {
  const now = options.clock.now();
  const candidates = await options.db
    .select({ id: contractInstalments.id })
    .from(contractInstalments)
    .innerJoin(contracts, eq(contracts.id, contractInstalments.contractId))
    .where(
      and(
        isNull(contractInstalments.paidOn),
        isNull(contractInstalments.remindedAt),
        lte(contractInstalments.plannedOn, warsawDatePlusDays(now, INSTALMENT_REMINDER_DAYS)),
        inArray(contracts.status, ["signed", "in_progress"]),
      ),
    )
    .orderBy(asc(contractInstalments.plannedOn))
    .limit(500);
  const sent: string[] = [];
  for (const { id } of candidates) {
    const done = await options.db.transaction(async (tx) => {
      const [instalment] = await tx
        .update(contractInstalments)
        .set({ remindedAt: now })
        .where(
          and(
            eq(contractInstalments.id, id),
            isNull(contractInstalments.remindedAt),
            isNull(contractInstalments.paidOn),
          ),
        )
        .returning();
      if (!instalment) return false;
      const [row] = await tx
        .select({
          contract: contracts,
          departmentId: competitions.departmentId,
          organization: organizations.name,
        })
        .from(contracts)
        .innerJoin(competitions, eq(competitions.id, contracts.competitionId))
        .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
        .where(eq(contracts.id, instalment.contractId));
      if (!row) return false;
      const { contract } = row;
      await writeAudit(tx, {
        tenantId: contract.tenantId,
        actor: SYSTEM_ACTOR,
        entityType: "contract",
        entityId: contract.id,
        action: "reminders.instalmentDue",
        after: {
          position: instalment.position,
          plannedOn: instalment.plannedOn,
          amount: instalment.plannedAmount,
        },
      });
      const tenantName = await tenantNameOf(tx, contract.tenantId);
      for (const to of await officeRecipients(tx, contract.tenantId, row.departmentId))
        await enqueueMail(tx, {
          tenantId: contract.tenantId,
          to: to.email,
          template: "reminders.instalmentDue",
          rendered: instalmentReminderMail(to.locale, {
            tenantName,
            number: contract.number,
            taskTitle: contract.taskTitle,
            organization: row.organization,
            position: instalment.position,
            amount: formatMoney(instalment.plannedAmount),
            plannedOn: formatDate(instalment.plannedOn),
            link: contractLinks.office(options.appUrl, contract.id),
          }),
        });
      return true;
    });
    if (done) sent.push(id);
  }
  return sent;
}
