import { and, eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { settlementIneligible } from "../../platform/db/schema/contracts";
import { validationError } from "../organizations/access";
import { lockOfficeSettlement, type SettlementOfficeOptions } from "./access";
import { type RemoveIneligibleInput, RemoveIneligibleSchema } from "./schemas";

/** The officer takes back an ineligible mark; audited. Removing a mark that is gone writes nothing. */
export async function removeIneligible(
  options: SettlementOfficeOptions & { input: RemoveIneligibleInput },
): Promise<{ repeated: boolean }> {
  const parsed = RemoveIneligibleSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { lineKey } = parsed.data;
  return options.db.transaction(async (tx) => {
    const { contract, state } = await lockOfficeSettlement(tx, options);
    const old = state.marks.find((m) => m.lineKey === lineKey);
    if (!old) return { repeated: true };
    await tx
      .delete(settlementIneligible)
      .where(
        and(eq(settlementIneligible.contractId, contract.id), eq(settlementIneligible.lineKey, lineKey)),
      );
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: "settlement.ineligibleRemoved",
      before: { lineKey, amount: old.amount, reason: old.reason },
      after: null,
    });
    return { repeated: false };
  });
}
