/**
 * Statuses of a competition. The same list is the column's enum in platform/db/schema/competitions.ts
 * (kept here too so that UI code can import it without the schema; states.test.ts checks they agree).
 */
export const COMPETITION_STATUSES = [
  "draft",
  "published",
  "closed",
  "in_evaluation",
  "resolved",
  "archived",
  "cancelled",
] as const;
export type CompetitionStatus = (typeof COMPETITION_STATUSES)[number];

interface TransitionRule {
  /** Statuses the competition may leave for this one. */
  from: readonly CompetitionStatus[];
  /** The audit action written with the transition. */
  auditAction: string;
  /** The transition must say why (cancellation, UDPP art. 13 ust. 2 read with KPA openness). */
  requiresReason?: boolean;
  /** Tell every member of an organisation with a draft offer (they are working towards it). */
  notifyDraftOffers?: boolean;
}

/**
 * The competition's state machine as data (PROCESS.md §3; issue 3): draft → published → closed (at
 * the deadline, by a job) → in evaluation → resolved → archived; a draft or a published
 * competition may be cancelled (unieważniony) with a reason. Keyed by the status reached: each
 * status is reached along one edge set. Every transition goes through transitionCompetition().
 */
export const COMPETITION_TRANSITIONS = {
  published: { from: ["draft"], auditAction: "competition.published" },
  closed: { from: ["published"], auditAction: "competition.closed" },
  in_evaluation: { from: ["closed"], auditAction: "competition.evaluationStarted" },
  resolved: { from: ["in_evaluation"], auditAction: "competition.resolved" },
  archived: { from: ["resolved"], auditAction: "competition.archived" },
  cancelled: {
    from: ["draft", "published"],
    auditAction: "competition.cancelled",
    requiresReason: true,
    notifyDraftOffers: true,
  },
} as const satisfies Partial<Record<CompetitionStatus, TransitionRule>>;

export type CompetitionTarget = keyof typeof COMPETITION_TRANSITIONS;

export function transitionRule(to: CompetitionTarget): TransitionRule {
  return COMPETITION_TRANSITIONS[to];
}

export function canTransition(from: CompetitionStatus, to: CompetitionTarget): boolean {
  return (transitionRule(to).from as readonly CompetitionStatus[]).includes(from);
}

/**
 * Statuses the public sees. A draft never is; a cancelled competition only if it had been
 * published (a cancelled draft was never announced) — see isPublic.
 */
export const PUBLIC_STATUSES = [
  "published",
  "closed",
  "in_evaluation",
  "resolved",
  "archived",
  "cancelled",
] as const satisfies readonly CompetitionStatus[];

export function isPublic(competition: { status: CompetitionStatus; publishedAt: Date | null }): boolean {
  return (
    competition.publishedAt !== null &&
    (PUBLIC_STATUSES as readonly CompetitionStatus[]).includes(competition.status)
  );
}

/** The public list's filter: groups of statuses as a visitor thinks of them. */
export const STATUS_GROUPS = {
  open: ["published"],
  evaluation: ["closed", "in_evaluation"],
  resolved: ["resolved", "archived"],
  cancelled: ["cancelled"],
} as const satisfies Record<string, readonly CompetitionStatus[]>;

export type StatusGroup = keyof typeof STATUS_GROUPS;
export const STATUS_GROUP_NAMES = Object.keys(STATUS_GROUPS) as [StatusGroup, ...StatusGroup[]];

/** States in which offers may be read by the office after the deadline (the count is public then). */
export const AFTER_DEADLINE_STATUSES = [
  "closed",
  "in_evaluation",
  "resolved",
  "archived",
] as const satisfies readonly CompetitionStatus[];
