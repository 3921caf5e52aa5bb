import { and, eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { contractInstalments } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { warsawDateOf } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { requireUserId, validationError } from "../organizations/access";
import { type RecordPaymentInput, RecordPaymentSchema } from "./lifecycle-schemas";
import { type ContractLifecycleOptions, lockContract, moveContract } from "./lifecycle-transition";
import { assertCan } from "./policy";

/**
 * The office records the payment of one planned instalment (the ledger of transze, PROCESS.md §4):
 * the day paid and the amount, never more than the instalment's planned amount (the contract's
 * schedule; more would be a grant beyond the contract, which needs an annex). A recorded payment
 * may be corrected; both are audited with before and after. The first payment on a signed contract
 * starts it (signed → in_progress). The same payment recorded twice writes nothing the second time.
 */
export async function recordInstalmentPayment(
  options: ContractLifecycleOptions & { input: RecordPaymentInput },
): Promise<{ corrected: boolean; started: boolean; repeated: boolean }> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const locked = await lockContract(tx, options, "recordPayment");
    const { contract, competition, subject } = locked;
    assertCan(subject, "recordPayment", { status: contract.status, departmentId: competition.departmentId });
    const parsed = RecordPaymentSchema.safeParse(options.input);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const { position, paidOn, paidAmount } = parsed.data;
    const [instalment] = await tx
      .select()
      .from(contractInstalments)
      .where(and(eq(contractInstalments.contractId, contract.id), eq(contractInstalments.position, position)))
      .for("update");
    if (!instalment) throw new AppError("NOT_FOUND", "error.notFound");
    if (instalment.paidOn === paidOn && instalment.paidAmount === paidAmount)
      return { corrected: false, started: false, repeated: true };
    const fieldErrors: Record<string, string[]> = {};
    if (paidAmount > instalment.plannedAmount)
      fieldErrors.paidAmount = [
        `contracts.error.overPlan|${JSON.stringify({ planned: formatMoney(instalment.plannedAmount) })}`,
      ];
    if (paidOn > warsawDateOf(options.clock.now())) fieldErrors.paidOn = ["contracts.error.paidInFuture"];
    if (Object.keys(fieldErrors).length > 0)
      throw new AppError("VALIDATION", "error.validation", { fieldErrors });
    const now = options.clock.now();
    await tx
      .update(contractInstalments)
      .set({ paidOn, paidAmount, recordedBy: userId, recordedAt: now })
      .where(eq(contractInstalments.id, instalment.id));
    const corrected = instalment.paidOn !== null;
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: corrected ? "contracts.paymentCorrected" : "contracts.paymentRecorded",
      before: { position, paidOn: instalment.paidOn, paidAmount: instalment.paidAmount },
      after: { position, paidOn, paidAmount, plannedAmount: instalment.plannedAmount },
    });
    let started = false;
    if (contract.status === "signed") {
      await moveContract(tx, options, locked, {
        action: "start",
        to: "in_progress",
        set: { startedAt: now },
        auditAction: "contracts.started",
        auditAfter: { byPayment: position },
      });
      started = true;
    }
    return { corrected, started, repeated: false };
  });
}
