import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { warsawDateOf } from "../../platform/format/dates";
import { findMemberContract } from "../contracts/access";
import { can } from "../contracts/policy";
import { settlementStateOf } from "./settlement-state";

/**
 * The settlement as the organisation sees it (read-only): the figures, and what to pay by when,
 * once the office has confirmed the computation.
 */
export async function getMemberSettlement(options: {
  db: Db;
  tenantId: string;
  userId: string;
  clock: Clock;
  contractId: unknown;
}) {
  const { contract, competition, subject } = await findMemberContract(options.db, {
    ...options,
    action: "settlement.view",
  });
  const visible = can(subject, "settlement.view", {
    status: contract.status,
    departmentId: competition.departmentId,
  });
  const state = visible
    ? await settlementStateOf(options.db, contract, warsawDateOf(options.clock.now()))
    : null;
  return { contract, competitionTitle: competition.title, state };
}
export type MemberSettlementView = Awaited<ReturnType<typeof getMemberSettlement>>;
