import { eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { contracts, settlements } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { warsawDateOf } from "../../platform/format/dates";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { findOfficeContract } from "../contracts/access";
import { assertCan } from "../contracts/policy";
import { assertTransition } from "../contracts/states";
import { tenantNameOf } from "../offers/offer-content";
import { requireUserId } from "../organizations/access";
import type { SettlementOfficeOptions } from "./access";
import { settlementClosedMail } from "./mail/settlement-mails";
import { contractLetterRecipients, settlementLinks } from "./recipients";
import { settlementStateOf } from "./settlement-state";

/**
 * The officer closes the file (PROCESS.md §4): only once the final report is accepted, the
 * computation confirmed and nothing is owed (principal returned ≥ the confirmed total, interest for
 * late principal paid). The settlement is closed and the contract moves in_progress → settled (a
 * terminated contract stays terminated). Both audited; the organisation is told. A second close
 * of a closed file does nothing.
 */
export async function closeSettlement(options: SettlementOfficeOptions): Promise<{ repeated: boolean }> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { contract, competition, subject } = await findOfficeContract(tx, {
      ...options,
      action: "settlement.manage",
      forUpdate: true,
    });
    const state = await settlementStateOf(tx, contract, warsawDateOf(options.clock.now()));
    if (state.row?.status === "closed") return { repeated: true };
    assertCan(subject, "settlement.manage", {
      status: contract.status,
      departmentId: competition.departmentId,
    });
    if (state.closeBlockedBy) throw new AppError("CONFLICT", state.closeBlockedBy);
    const now = options.clock.now();
    await tx
      .update(settlements)
      .set({ status: "closed", closedBy: userId, closedAt: now })
      .where(eq(settlements.contractId, contract.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: "settlement.closed",
      before: { status: "open" },
      after: {
        status: "closed",
        refundTotal: state.row?.refundTotal ?? 0,
        principalReturned: state.principalReturned,
        interestReturned: state.interestReturned,
      },
    });
    if (contract.status === "in_progress") {
      assertTransition(contract.status, "settled");
      await tx
        .update(contracts)
        .set({ status: "settled", settledAt: now, updatedAt: now })
        .where(eq(contracts.id, contract.id));
      await writeAudit(tx, {
        tenantId: options.tenantId,
        actor: options.actor,
        entityType: "contract",
        entityId: contract.id,
        action: "contracts.settled",
        before: { status: contract.status, settledAt: null },
        after: { status: "settled", settledAt: now.toISOString() },
      });
    }
    const tenantName = await tenantNameOf(tx, options.tenantId);
    for (const to of await contractLetterRecipients(tx, contract))
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: to.email,
        template: "settlement.closed",
        rendered: settlementClosedMail(to.locale, {
          tenantName,
          number: contract.number,
          taskTitle: contract.taskTitle,
          link: settlementLinks.ngo(options.appUrl, contract.id),
        }),
      });
    return { repeated: false };
  });
}
