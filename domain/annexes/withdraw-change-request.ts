import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Db } from "../../platform/db/client.server";
import { contractChangeRequests } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { findMemberContract } from "../contracts/access";
import { assertCan } from "../contracts/policy";
import { requireUserId } from "../organizations/access";
import { findChangeRequest } from "./access";

/**
 * An owner or editor of an offeror withdraws the organisation's change request while it waits for
 * the office's decision. The request row is locked, so a double click withdraws once (the second
 * finds it withdrawn and writes nothing); a decided request is CONFLICT.
 */
export async function withdrawChangeRequest(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  contractId: unknown;
  changeId: unknown;
}): Promise<{ repeated: boolean }> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { contract, competition, subject } = await findMemberContract(tx, {
      tenantId: options.tenantId,
      contractId: options.contractId,
      userId,
      action: "change.submit",
      forUpdate: true,
    });
    const request = await findChangeRequest(tx, contract.id, options.changeId, { forUpdate: true });
    if (request.status === "withdrawn") return { repeated: true };
    assertCan(subject, "change.submit", { status: contract.status, departmentId: competition.departmentId });
    if (request.status !== "submitted") throw new AppError("CONFLICT", "annexes.error.notSubmitted");
    await tx
      .update(contractChangeRequests)
      .set({ status: "withdrawn" })
      .where(eq(contractChangeRequests.id, request.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: "annexes.withdrawn",
      before: { changeRequestId: request.id, status: request.status },
      after: { changeRequestId: request.id, status: "withdrawn" },
    });
    return { repeated: false };
  });
}
