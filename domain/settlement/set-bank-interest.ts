import { eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { settlements } from "../../platform/db/schema/contracts";
import { validationError } from "../organizations/access";
import { lockOfficeSettlement, requireFigures, type SettlementOfficeOptions } from "./access";
import { type BankInterestInput, BankInterestSchema } from "./schemas";
import { lockSettlementRow } from "./settlement-state";

/**
 * The officer corrects the bank interest to return (interest earned on the grant's account and not
 * spent on the task, ufp art. 251 ust. 1); it starts as the final report's figure. Audited.
 */
export async function setBankInterest(
  options: SettlementOfficeOptions & { input: BankInterestInput },
): Promise<{ repeated: boolean }> {
  const parsed = BankInterestSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { bankInterest } = parsed.data;
  return options.db.transaction(async (tx) => {
    const { contract, state } = await lockOfficeSettlement(tx, options);
    const row = await lockSettlementRow(tx, contract, requireFigures(state.figures));
    if (row.bankInterest === bankInterest) return { repeated: true };
    await tx.update(settlements).set({ bankInterest }).where(eq(settlements.contractId, contract.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: "settlement.bankInterestSet",
      before: { bankInterest: row.bankInterest },
      after: { bankInterest, fromReport: state.figures?.bankInterest ?? 0 },
    });
    return { repeated: false };
  });
}
