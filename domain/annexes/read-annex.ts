import type { Actor } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import {
  type ContractRow,
  findMemberContract,
  findOfficeContract,
  type StaffRoles,
} from "../contracts/access";
import { tenantForOffers } from "../offers/offer-content";
import { requireUserId } from "../organizations/access";
import { annexVersionOf, contractVersionOf, findChangeRequest, kindsOf, proposedOf } from "./access";
import type { AnnexInput } from "./annex-document";
import { diffChange } from "./rules";

/**
 * The annex's document input (Aneks nr N of a contract): the version the annex made, the one
 * before it, and the difference the request asked for. The office reads it with "office.view",
 * the offerors' people with "view"; an annex number the contract does not have is NOT_FOUND.
 */
export async function readAnnex(
  options: { db: DbOrTx; tenantId: string; contractId: unknown; annexNumber: unknown } & (
    | { side: "office"; staffRoles: StaffRoles }
    | { side: "organization"; actor: Actor }
  ),
): Promise<AnnexInput> {
  const { db, tenantId, contractId } = options;
  const { contract } =
    options.side === "office"
      ? await findOfficeContract(db, {
          tenantId,
          contractId,
          staffRoles: options.staffRoles,
          action: "office.view",
        })
      : await findMemberContract(db, {
          tenantId,
          contractId,
          userId: requireUserId(options.actor),
          action: "view",
        });
  return annexInputOf(db, tenantId, contract, options.annexNumber);
}

async function annexInputOf(db: DbOrTx, tenantId: string, contract: ContractRow, annexNumber: unknown) {
  const annex = await annexVersionOf(db, contract.id, annexNumber);
  const before = await contractVersionOf(db, contract.id, annex.number - 1);
  const request = annex.changeRequestId
    ? await findChangeRequest(db, contract.id, annex.changeRequestId)
    : null;
  const proposed = request ? proposedOf(request) : {};
  const tenant = await tenantForOffers(db, tenantId);
  return {
    tenantName: tenant.name,
    annexNumber: annex.annexNumber ?? 0,
    before: before.document,
    after: annex.document,
    contractDate: contract.signedOn ?? before.document.drawnUpOn,
    diff: diffChange(before.document, proposed, request ? kindsOf(request) : []),
    other: proposed.other ?? null,
    checksum: annex.checksum,
  };
}
