import { and, eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { settlementReturns } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { requireUserId, validationError } from "../organizations/access";
import { lockOfficeSettlement, type SettlementOfficeOptions } from "./access";
import { type RecordReturnInput, RecordReturnSchema } from "./schemas";

/**
 * The office records a return paid into the authority's account: principal (the grant to return)
 * or interest (for a late return, ufp art. 251 ust. 5), the amount and the day paid (not in the
 * future). A row identical to one already recorded (kind, amount, day, note) is taken for a double
 * submit and written once. Audited.
 */
export async function recordReturn(
  options: SettlementOfficeOptions & { input: RecordReturnInput },
): Promise<{ repeated: boolean; returnId: string }> {
  const userId = requireUserId(options.actor);
  const parsed = RecordReturnSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { kind, amount, paidOn, note } = parsed.data;
  return options.db.transaction(async (tx) => {
    const { contract, today } = await lockOfficeSettlement(tx, options);
    if (paidOn > today)
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: { paidOn: ["settlement.error.paidInFuture"] },
      });
    const [same] = await tx
      .select({ id: settlementReturns.id })
      .from(settlementReturns)
      .where(
        and(
          eq(settlementReturns.contractId, contract.id),
          eq(settlementReturns.kind, kind),
          eq(settlementReturns.amount, amount),
          eq(settlementReturns.paidOn, paidOn),
          eq(settlementReturns.note, note),
        ),
      );
    if (same) return { repeated: true, returnId: same.id };
    const [row] = await tx
      .insert(settlementReturns)
      .values({
        contractId: contract.id,
        kind,
        amount,
        paidOn,
        note,
        recordedBy: userId,
        recordedAt: options.clock.now(),
      })
      .returning({ id: settlementReturns.id });
    if (!row) throw new Error("return not inserted");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: "settlement.returnRecorded",
      after: { returnId: row.id, kind, amount, paidOn, note },
    });
    return { repeated: false, returnId: row.id };
  });
}
