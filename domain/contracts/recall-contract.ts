import { validationError } from "../organizations/access";
import { type RecallContractInput, RecallContractSchema } from "./lifecycle-schemas";
import {
  type ContractLifecycleOptions,
  lockContract,
  mailOfferors,
  moveContract,
} from "./lifecycle-transition";
import { contractRecalledMail } from "./mail/lifecycle-mails";

/**
 * The office takes a sent contract back to draft with a reason (a mistake found before signing):
 * the organisation no longer sees it and is told not to sign the version it got. A draft that was
 * sent before (sentAt kept) counts as already recalled, so a double click acts once.
 */
export async function recallContract(
  options: ContractLifecycleOptions & { input: RecallContractInput },
): Promise<{ status: "draft"; repeated: boolean }> {
  return options.db.transaction(async (tx) => {
    const locked = await lockContract(tx, options, "recall");
    if (locked.contract.status === "draft" && locked.contract.sentAt !== null)
      return { status: "draft", repeated: true };
    const parsed = RecallContractSchema.safeParse(options.input);
    if (locked.contract.status === "sent" && !parsed.success) throw validationError(parsed.error.issues);
    await moveContract(tx, options, locked, {
      action: "recall",
      to: "draft",
      set: {},
      auditAction: "contracts.recalled",
      auditAfter: { reason: parsed.data?.reason ?? null },
    });
    const reason = parsed.data?.reason ?? "";
    await mailOfferors(tx, options, locked, "contracts.recalled", (locale, d) =>
      contractRecalledMail(locale, { ...d, reason }),
    );
    return { status: "draft", repeated: false };
  });
}
