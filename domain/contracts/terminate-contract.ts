import { validationError } from "../organizations/access";
import { type TerminateContractInput, TerminateContractSchema } from "./lifecycle-schemas";
import {
  type ContractLifecycleOptions,
  lockContract,
  mailOfferors,
  moveContract,
} from "./lifecycle-transition";
import { contractTerminatedMail } from "./mail/lifecycle-mails";

/**
 * The office terminates a contract that is not final yet (art. 17 UDPP control, the organisation's
 * withdrawal, the authority's termination) with a required reason; the organisation is told by
 * mail (except for a draft it never saw). A double click acts once.
 */
export async function terminateContract(
  options: ContractLifecycleOptions & { input: TerminateContractInput },
): Promise<{ status: "terminated"; repeated: boolean }> {
  return options.db.transaction(async (tx) => {
    const locked = await lockContract(tx, options, "terminate");
    if (locked.contract.status === "terminated") return { status: "terminated", repeated: true };
    const parsed = TerminateContractSchema.safeParse(options.input);
    const open = ["draft", "sent", "signed", "in_progress"].includes(locked.contract.status);
    if (open && !parsed.success) throw validationError(parsed.error.issues);
    const reason = parsed.data?.reason ?? "";
    await moveContract(tx, options, locked, {
      action: "terminate",
      to: "terminated",
      set: { terminatedAt: options.clock.now(), terminationReason: reason },
      auditAction: "contracts.terminated",
    });
    if (locked.contract.status !== "draft")
      await mailOfferors(tx, options, locked, "contracts.terminated", (locale, d) =>
        contractTerminatedMail(locale, { ...d, reason }),
      );
    return { status: "terminated", repeated: false };
  });
}
