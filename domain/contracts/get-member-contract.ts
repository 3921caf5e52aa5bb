import type { Actor } from "../../platform/audit/write-audit.server";
import type { Db } from "../../platform/db/client.server";
import { requireUserId } from "../organizations/access";
import { findMemberContract } from "./access";
import { readContractPage } from "./contract-page-parts";
import { can } from "./policy";

/**
 * A contract as its organisation sees it (the leader's and the partners' people): NOT_FOUND while
 * it is a draft, FORBIDDEN for anyone else. Whether a change request may be made now (owners and
 * editors, while the contract binds).
 */
export async function getMemberContract(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  contractId: unknown;
}) {
  const userId = requireUserId(options.actor);
  const { contract, competition, subject } = await findMemberContract(options.db, {
    tenantId: options.tenantId,
    contractId: options.contractId,
    userId,
    action: "view",
  });
  const page = await readContractPage(options.db, contract, competition);
  const facts = { status: contract.status, departmentId: competition.departmentId };
  return {
    ...page,
    allowed: {
      changeRequest: can(subject, "change.submit", facts),
      reports: can(subject, "report.view", facts),
      settlement: can(subject, "settlement.view", facts),
    },
  };
}
