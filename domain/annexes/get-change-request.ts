import { desc, eq } from "drizzle-orm";
import type { Actor } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { contractChangeRequests, contractVersions } from "../../platform/db/schema/contracts";
import {
  currentVersionOf,
  findMemberContract,
  findOfficeContract,
  type StaffRoles,
} from "../contracts/access";
import { can } from "../contracts/policy";
import type { ContractStatus } from "../contracts/states";
import { requireUserId } from "../organizations/access";
import { type ChangeRequestRow, contractVersionOf, findChangeRequest, kindsOf, proposedOf } from "./access";
import { diffChange } from "./rules";
import { unpaidInstalmentsOf } from "./schedule-rows";

/*
 * The views of change requests: the organisation's form (the current values to prefill), one
 * request for the organisation and for the office (its difference against the version it was made
 * on, the annex when approved, the warning of unpaid instalments after a new task end while it
 * waits), and a contract's requests for its page.
 */

function summaryOf(contract: { id: string; number: string; taskTitle: string; status: ContractStatus }) {
  return { id: contract.id, number: contract.number, taskTitle: contract.taskTitle, status: contract.status };
}

async function requestView(
  db: DbOrTx,
  contract: { id: string; currentVersion: number },
  request: ChangeRequestRow,
) {
  const base = await contractVersionOf(db, contract.id, request.baseVersion);
  const kinds = kindsOf(request);
  const proposed = proposedOf(request);
  const [annex] = request.annexVersionId
    ? await db
        .select({ annexNumber: contractVersions.annexNumber, checksum: contractVersions.checksum })
        .from(contractVersions)
        .where(eq(contractVersions.id, request.annexVersionId))
    : [];
  return {
    request: {
      id: request.id,
      status: request.status,
      kinds,
      justification: request.justification,
      other: proposed.other ?? null,
      remarks: request.remarks,
      baseVersion: request.baseVersion,
      submittedAt: request.submittedAt,
      decidedAt: request.decidedAt,
    },
    // While the request waits, the unpaid instalments it would leave after the task's end.
    diff: diffChange(base.document, proposed, kinds, {
      unpaidInstalments: request.status === "submitted" ? await unpaidInstalmentsOf(db, contract.id) : [],
    }),
    /** Another annex came after the version the request was made on. */
    stale: request.status === "submitted" && request.baseVersion !== contract.currentVersion,
    annex: annex?.annexNumber ? { number: annex.annexNumber, checksum: annex.checksum } : null,
  };
}

/** The form of a new request: the contract and its current content (to prefill). */
export async function getChangeForm(options: {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  contractId: unknown;
}) {
  const userId = requireUserId(options.actor);
  const { contract, competition, subject } = await findMemberContract(options.db, {
    ...options,
    userId,
    action: "view",
  });
  const current = await currentVersionOf(options.db, contract.id);
  return {
    contract: summaryOf(contract),
    content: current.document,
    can: {
      submit: can(subject, "change.submit", {
        status: contract.status,
        departmentId: competition.departmentId,
      }),
    },
  };
}

/** One request as the offerors' people see it. */
export async function getMemberChangeRequest(options: {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  contractId: unknown;
  changeId: unknown;
}) {
  const userId = requireUserId(options.actor);
  const { contract, competition, subject } = await findMemberContract(options.db, {
    ...options,
    userId,
    action: "view",
  });
  const request = await findChangeRequest(options.db, contract.id, options.changeId);
  const mayChange = can(subject, "change.submit", {
    status: contract.status,
    departmentId: competition.departmentId,
  });
  return {
    contract: summaryOf(contract),
    ...(await requestView(options.db, contract, request)),
    can: { withdraw: mayChange && request.status === "submitted" },
  };
}

/** One request for the office, with the decision when it waits for one. */
export async function getOfficeChangeRequest(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: StaffRoles;
  contractId: unknown;
  changeId: unknown;
}) {
  const { contract, competition, subject } = await findOfficeContract(options.db, {
    ...options,
    action: "office.view",
  });
  const request = await findChangeRequest(options.db, contract.id, options.changeId);
  const mayDecide = can(subject, "change.decide", {
    status: contract.status,
    departmentId: competition.departmentId,
  });
  return {
    contract: summaryOf(contract),
    ...(await requestView(options.db, contract, request)),
    can: { decide: mayDecide && request.status === "submitted" },
  };
}

/** A contract's change requests, newest first (for the contract's pages; the caller has found the contract). */
export async function listChangeRequests(db: DbOrTx, contractId: string) {
  return db
    .select({
      id: contractChangeRequests.id,
      status: contractChangeRequests.status,
      kinds: contractChangeRequests.kinds,
      submittedAt: contractChangeRequests.submittedAt,
      annexVersionId: contractChangeRequests.annexVersionId,
    })
    .from(contractChangeRequests)
    .where(eq(contractChangeRequests.contractId, contractId))
    .orderBy(desc(contractChangeRequests.submittedAt));
}
