import { eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { settlements } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { formatDate } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { tenantNameOf } from "../offers/offer-content";
import { requireUserId } from "../organizations/access";
import { lockOfficeSettlement, requireFigures, type SettlementOfficeOptions } from "./access";
import { settlementConfirmedMail } from "./mail/settlement-mails";
import { contractLetterRecipients, returnAccountOf, settlementLinks } from "./recipients";
import { lockSettlementRow } from "./settlement-state";

/**
 * The officer confirms the computation (PROCESS.md §4: the system computes the amount to return):
 * the computation, the total and the due date (ufp art. 251 ust. 1–2 through returnDueDate) are
 * stored, audited, and the organisation is told what to return by when and where. Confirming the
 * same amount again writes nothing and sends nothing.
 */
export async function confirmSettlement(
  options: SettlementOfficeOptions,
): Promise<{ repeated: boolean; total: number }> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { contract, state } = await lockOfficeSettlement(tx, options);
    const row = await lockSettlementRow(tx, contract, requireFigures(state.figures));
    const computation = state.computation;
    if (!computation)
      throw new AppError("CONFLICT", state.computationError ?? "settlement.error.noFinalReport");
    const dueOn = state.dueOn;
    if (row.computedAt && row.refundTotal === computation.total && row.dueOn === dueOn)
      return { repeated: true, total: computation.total };
    const now = options.clock.now();
    await tx
      .update(settlements)
      .set({
        computed: computation as unknown as Record<string, unknown>,
        refundTotal: computation.total,
        dueOn,
        computedBy: userId,
        computedAt: now,
      })
      .where(eq(settlements.contractId, contract.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: "settlement.confirmed",
      before: row.computedAt ? { refundTotal: row.refundTotal, dueOn: row.dueOn } : null,
      after: {
        refundTotal: computation.total,
        dueOn,
        unused: computation.unused,
        usedAgainstContract: computation.usedAgainstContract,
        bankInterest: computation.bankInterest,
      },
    });
    const tenantName = await tenantNameOf(tx, options.tenantId);
    const account = await returnAccountOf(tx, options.tenantId);
    for (const to of await contractLetterRecipients(tx, contract))
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: to.email,
        template: "settlement.confirmed",
        rendered: settlementConfirmedMail(to.locale, {
          tenantName,
          number: contract.number,
          taskTitle: contract.taskTitle,
          amount: formatMoney(computation.total),
          dueOn: formatDate(dueOn),
          account,
          link: settlementLinks.ngo(options.appUrl, contract.id),
        }),
      });
    return { repeated: false, total: computation.total };
  });
}
