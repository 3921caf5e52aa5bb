import { and, eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { settlementIneligible } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { formatMoney } from "../../platform/format/money";
import { requireUserId, validationError } from "../organizations/access";
import { lockOfficeSettlement, requireFigures, type SettlementOfficeOptions } from "./access";
import { type MarkIneligibleInput, MarkIneligibleSchema } from "./schemas";

/**
 * The officer marks part of a cost line ineligible (UDPP art. 18 with ufp art. 252: a grant used
 * against its purpose is returned): at most the line's actual cost, with the reason. A new mark of
 * the same line replaces the old one (before and after audited); the same mark twice writes once.
 */
export async function markIneligible(
  options: SettlementOfficeOptions & { input: MarkIneligibleInput },
): Promise<{ repeated: boolean }> {
  const userId = requireUserId(options.actor);
  const parsed = MarkIneligibleSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { lineKey, amount, reason } = parsed.data;
  return options.db.transaction(async (tx) => {
    const { contract, state } = await lockOfficeSettlement(tx, options);
    const figures = requireFigures(state.figures);
    const line = figures.lines.find((l) => l.key === lineKey);
    if (!line)
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: { lineKey: ["form.invalidChoice"] },
      });
    if (amount > line.actual)
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: {
          amount: [`settlement.error.overActual|${JSON.stringify({ actual: formatMoney(line.actual) })}`],
        },
      });
    const old = state.marks.find((m) => m.lineKey === lineKey);
    if (old && old.amount === amount && old.reason === reason) return { repeated: true };
    const now = options.clock.now();
    if (old)
      await tx
        .update(settlementIneligible)
        .set({ amount, reason, markedBy: userId, markedAt: now })
        .where(
          and(eq(settlementIneligible.contractId, contract.id), eq(settlementIneligible.lineKey, lineKey)),
        );
    else
      await tx
        .insert(settlementIneligible)
        .values({ contractId: contract.id, lineKey, amount, reason, markedBy: userId, markedAt: now });
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: "settlement.ineligibleMarked",
      before: old ? { lineKey, amount: old.amount, reason: old.reason } : null,
      after: { lineKey, amount, reason },
    });
    return { repeated: false };
  });
}
