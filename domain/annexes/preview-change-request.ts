import type { Actor } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { currentVersionOf, findMemberContract } from "../contracts/access";
import { requireUserId, validationError } from "../organizations/access";
import { changeContextOf } from "./access";
import { type ChangeDiff, diffChange } from "./rules";
import { unpaidInstalmentsOf } from "./schedule-rows";
import { changeRequestSchema } from "./schemas";

/**
 * What a change request would change, before it is submitted (the form's "Sprawdź zmiany"): the
 * same checks as the submission (VALIDATION by field) and the difference against the contract's
 * current version, with the allowed-shift notice and the unpaid instalments a new schedule would
 * leave after the task's end. Writes nothing.
 */
export async function previewChangeRequest(options: {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  contractId: unknown;
  input: unknown;
}): Promise<ChangeDiff> {
  const userId = requireUserId(options.actor);
  const { contract } = await findMemberContract(options.db, {
    tenantId: options.tenantId,
    contractId: options.contractId,
    userId,
    action: "change.submit",
  });
  const current = await currentVersionOf(options.db, contract.id);
  const context = await changeContextOf(options.db, options.tenantId, contract, current.document);
  const parsed = changeRequestSchema(context).safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return diffChange(current.document, parsed.data.proposed, parsed.data.kinds, {
    unpaidInstalments: await unpaidInstalmentsOf(options.db, contract.id),
  });
}
