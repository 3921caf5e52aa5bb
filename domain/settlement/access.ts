import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { AppError } from "../../platform/errors/app-error";
import { warsawDateOf } from "../../platform/format/dates";
import { findOfficeContract, type StaffRoles } from "../contracts/access";
import { assertCan } from "../contracts/policy";
import { settlementStateOf } from "./settlement-state";

/*
 * The office's way into a settlement for a change: the contract locked (one change at a time, a
 * double submit waits and then sees the first one's result), the policy's settlement.manage and
 * the state computed inside the same transaction. The settlement's own row is created only by the
 * use cases that need the accepted final report (lockSettlementRow), so that it starts with the
 * report's bank interest.
 */

export interface SettlementOfficeOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  staffRoles: StaffRoles;
  contractId: unknown;
}

/** Locks the contract and its settlement for a change; CONFLICT once the file is closed. */
export async function lockOfficeSettlement(tx: DbOrTx, options: SettlementOfficeOptions) {
  const found = await findOfficeContract(tx, { ...options, action: "settlement.manage", forUpdate: true });
  const { contract, competition, subject } = found;
  const today = warsawDateOf(options.clock.now());
  const before = await settlementStateOf(tx, contract, today);
  if (before.row?.status === "closed") throw new AppError("CONFLICT", "settlement.error.closed");
  assertCan(subject, "settlement.manage", {
    status: contract.status,
    departmentId: competition.departmentId,
  });
  return { ...found, state: before, today };
}

/** The accepted final report's figures, or CONFLICT (nothing to settle before it is accepted). */
export function requireFigures<T>(figures: T | null): T {
  if (!figures) throw new AppError("CONFLICT", "settlement.error.noFinalReport");
  return figures;
}
