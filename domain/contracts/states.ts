import type { CONTRACT_STATUS_VALUES } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";

/*
 * The contract's life (PROCESS.md §4): drawn up (draft), sent to the organisation, signed (date
 * and the signed scan or e-signed file), in progress from the first instalment or the task's start,
 * then settled when the final report is accepted and nothing is owed, or terminated (art. 17 UDPP
 * control, the organisation's withdrawal, or the authority's termination) with a reason.
 */

export type ContractStatus = (typeof CONTRACT_STATUS_VALUES)[number];

export const CONTRACT_TRANSITIONS: Record<ContractStatus, readonly ContractStatus[]> = {
  draft: ["sent", "terminated"],
  sent: ["draft", "signed", "terminated"],
  signed: ["in_progress", "terminated"],
  in_progress: ["settled", "terminated"],
  settled: [],
  terminated: [],
};

/** Statuses in which the contract binds the parties (change requests, reports, payments). */
export const BINDING_STATUSES: readonly ContractStatus[] = ["signed", "in_progress"];

export function canMove(from: ContractStatus, to: ContractStatus): boolean {
  return CONTRACT_TRANSITIONS[from].includes(to);
}

/** CONFLICT "contracts.error.wrongStatus" when the contract cannot move so from where it is. */
export function assertTransition(from: ContractStatus, to: ContractStatus): void {
  if (!canMove(from, to)) throw new AppError("CONFLICT", "contracts.error.wrongStatus");
}
