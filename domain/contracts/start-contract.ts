import { type ContractLifecycleOptions, lockContract, moveContract } from "./lifecycle-transition";

/**
 * The office marks a signed contract as in progress (signed → in_progress), e.g. when the task
 * starts before the first instalment; recording the first payment does it too
 * (record-instalment-payment.ts). A double click acts once.
 */
export async function startContract(
  options: ContractLifecycleOptions,
): Promise<{ status: "in_progress"; repeated: boolean }> {
  return options.db.transaction(async (tx) => {
    const locked = await lockContract(tx, options, "start");
    if (locked.contract.status === "in_progress") return { status: "in_progress", repeated: true };
    await moveContract(tx, options, locked, {
      action: "start",
      to: "in_progress",
      set: { startedAt: options.clock.now() },
      auditAction: "contracts.started",
    });
    return { status: "in_progress", repeated: false };
  });
}
