import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { warsawDateOf } from "../../platform/format/dates";
import { findOfficeContract, type StaffRoles } from "../contracts/access";
import { can } from "../contracts/policy";
import { settlementStateOf } from "./settlement-state";

/** The settlement as the office sees it, with whether the person may change it. */
export async function getOfficeSettlement(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  staffRoles: StaffRoles;
  contractId: unknown;
}) {
  const { contract, competition, subject } = await findOfficeContract(options.db, {
    ...options,
    action: "settlement.office",
  });
  const facts = { status: contract.status, departmentId: competition.departmentId };
  const state = await settlementStateOf(options.db, contract, warsawDateOf(options.clock.now()));
  return {
    contract,
    competitionTitle: competition.title,
    state,
    visible: can(subject, "settlement.office", facts),
    mayManage: can(subject, "settlement.manage", facts) && state.row?.status !== "closed",
  };
}
export type OfficeSettlementView = Awaited<ReturnType<typeof getOfficeSettlement>>;
