import {
  type ContractLifecycleOptions,
  lockContract,
  mailOfferors,
  moveContract,
} from "./lifecycle-transition";
import { contractSentMail } from "./mail/lifecycle-mails";

/**
 * The office sends the drawn-up contract to the organisation for signing (draft → sent, PROCESS.md
 * §4): from now on its people see it in /panel/umowy, and they are told by mail with the link. The
 * row is locked first, so a double click sends once: the second finds it sent and writes nothing.
 */
export async function sendContract(
  options: ContractLifecycleOptions,
): Promise<{ status: "sent"; repeated: boolean; mailed: number }> {
  return options.db.transaction(async (tx) => {
    const locked = await lockContract(tx, options, "send");
    if (locked.contract.status === "sent") return { status: "sent", repeated: true, mailed: 0 };
    await moveContract(tx, options, locked, {
      action: "send",
      to: "sent",
      set: { sentAt: options.clock.now() },
      auditAction: "contracts.sent",
    });
    const mailed = await mailOfferors(tx, options, locked, "contracts.sent", contractSentMail);
    return { status: "sent", repeated: false, mailed };
  });
}
