/**
 * Statuses of a news item. The same list is the column's enum in platform/db/schema/news.ts
 * (kept here for UI code; states.test.ts checks that they agree).
 */
export const NEWS_STATUSES = ["draft", "pending", "published", "rejected", "archived"] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];

interface TransitionRule {
  from: readonly NewsStatus[];
  /** The audit action written with the transition. */
  auditAction: string;
  /** The transition must say why (a rejection goes to the organisation). */
  requiresReason?: boolean;
  /** Tell the submitting organisation by mail. */
  notifyOrganization?: boolean;
}

/**
 * The news item's state machine as data (issue 6: organisations submit, the coordinator approves
 * or rejects with a reason, staff publish directly; published news may later be archived).
 * Keyed by the status reached. Every transition goes through transitionNews().
 */
export const NEWS_TRANSITIONS = {
  pending: { from: ["draft"], auditAction: "news.submitted" },
  published: { from: ["draft", "pending"], auditAction: "news.published", notifyOrganization: true },
  rejected: {
    from: ["pending"],
    auditAction: "news.rejected",
    requiresReason: true,
    notifyOrganization: true,
  },
  archived: { from: ["published"], auditAction: "news.archived" },
} as const satisfies Partial<Record<NewsStatus, TransitionRule>>;

export type NewsTarget = keyof typeof NEWS_TRANSITIONS;

export function transitionRule(to: NewsTarget): TransitionRule {
  return NEWS_TRANSITIONS[to];
}

export function canTransition(from: NewsStatus, to: NewsTarget): boolean {
  return (transitionRule(to).from as readonly NewsStatus[]).includes(from);
}

/** Statuses in which the coordinator may still correct the text (before and after publication). */
export const EDITABLE_STATUSES = ["pending", "published"] as const satisfies readonly NewsStatus[];

/** The only status the public ever sees. */
export const PUBLIC_NEWS_STATUS = "published" satisfies NewsStatus;
