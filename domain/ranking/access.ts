import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { AppError } from "../../platform/errors/app-error";
import { parseMoney } from "../../platform/format/money";
import type { CompetitionRow } from "../competitions/access";
import { subjectOf } from "../competitions/access";
import { assertCan, type CompetitionAction, type StaffRoleName } from "../competitions/policy";
import { isUuid } from "../organizations/access";

/** What the ranking's use cases share: the staff roles they take and the competition row, locked. */

export type StaffRoles = readonly { role: StaffRoleName; departmentId: string | null }[];

/**
 * The competition in this tenant locked FOR UPDATE (two officers saving at once queue one behind
 * the other), after the policy allows the action: NOT_FOUND, FORBIDDEN or CONFLICT.
 */
export async function lockCompetitionFor(
  tx: DbOrTx,
  options: { tenantId: string; competitionId: unknown; staffRoles: StaffRoles; action: CompetitionAction },
): Promise<CompetitionRow> {
  if (!isUuid(options.competitionId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await tx
    .select()
    .from(competitions)
    .where(and(eq(competitions.id, options.competitionId), eq(competitions.tenantId, options.tenantId)))
    .for("update");
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  assertCan(subjectOf(options.staffRoles), options.action, row);
  return row;
}

/**
 * Reads a typed amount in Polish notation ("1 234,56"): grosze, or a field error key — empty,
 * not a number, negative, or above the requested amount.
 */
export function readAmount(
  typed: string | undefined,
  requested: number,
): { ok: true; amount: number } | { ok: false; error: string } {
  const text = (typed ?? "").trim();
  if (!text) return { ok: false, error: "form.required" };
  const amount = parseMoney(text);
  if (amount === null) return { ok: false, error: "ranking.error.amountFormat" };
  if (amount < 0) return { ok: false, error: "ranking.error.amountNegative" };
  if (amount > requested) return { ok: false, error: "ranking.error.amountAboveRequested" };
  return { ok: true, amount };
}
