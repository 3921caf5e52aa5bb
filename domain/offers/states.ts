import type { OfferStatus } from "./rules";

export const OFFER_STATUSES = ["draft", "submitted", "withdrawn"] as const satisfies readonly OfferStatus[];

/**
 * The offer's state machine as data (PROCESS.md §3 and §11). A submission freezes a version; a
 * later change is submitted again as the next version. A withdrawal before the deadline keeps the
 * draft, which may be submitted again while the competition is open.
 */
export const OFFER_TRANSITIONS = {
  submit: { from: ["draft", "submitted", "withdrawn"], to: "submitted" },
  withdraw: { from: ["submitted"], to: "withdrawn" },
} as const satisfies Record<string, { from: readonly OfferStatus[]; to: OfferStatus }>;

export type OfferTransition = keyof typeof OFFER_TRANSITIONS;

export function canTransition(status: OfferStatus, transition: OfferTransition): boolean {
  return (OFFER_TRANSITIONS[transition].from as readonly OfferStatus[]).includes(status);
}
