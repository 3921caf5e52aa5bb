export const ORGANIZATION_STATUSES = ["pending", "verified", "rejected"] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

/**
 * The registration's state machine as data (PROCESS.md §2: the first person registers the
 * organisation, a coordinator verifies it). A rejected registration goes back to the queue when a
 * member corrects the profile.
 */
export const ORGANIZATION_TRANSITIONS = {
  verify: { from: ["pending", "rejected"], to: "verified" },
  reject: { from: ["pending"], to: "rejected" },
  resubmit: { from: ["rejected"], to: "pending" },
} as const satisfies Record<string, { from: readonly OrganizationStatus[]; to: OrganizationStatus }>;

export type OrganizationTransition = keyof typeof ORGANIZATION_TRANSITIONS;

export function canTransition(status: OrganizationStatus, transition: OrganizationTransition): boolean {
  return (ORGANIZATION_TRANSITIONS[transition].from as readonly OrganizationStatus[]).includes(status);
}
