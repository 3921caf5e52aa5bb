/**
 * Statuses of an event. The same list is the column's enum in platform/db/schema/events.ts
 * (kept here for UI code; states.test.ts checks that they agree).
 */
export const EVENT_STATUSES = ["pending", "published", "rejected", "cancelled"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

interface TransitionRule {
  from: readonly EventStatus[];
  /** The audit action written with the transition. */
  auditAction: string;
  requiresReason?: boolean;
}

/**
 * The event's state machine as data: organisations' events wait for the coordinator, who
 * publishes or rejects them with a reason; staff events start published; a published event may
 * be cancelled (it stays in the calendar and the feeds as STATUS:CANCELLED). Keyed by the status
 * reached.
 */
export const EVENT_TRANSITIONS = {
  published: { from: ["pending"], auditAction: "event.approved" },
  rejected: { from: ["pending"], auditAction: "event.rejected", requiresReason: true },
  cancelled: { from: ["published"], auditAction: "event.cancelled" },
} as const satisfies Partial<Record<EventStatus, TransitionRule>>;

export type EventTarget = keyof typeof EVENT_TRANSITIONS;

export function canTransition(from: EventStatus, to: EventTarget): boolean {
  return (EVENT_TRANSITIONS[to].from as readonly EventStatus[]).includes(from);
}

/** Statuses the public sees (a cancelled event stays visible, marked, so nobody comes in vain). */
export const PUBLIC_EVENT_STATUSES = ["published", "cancelled"] as const satisfies readonly EventStatus[];

/** Statuses in which staff may still correct an event. */
export const EDITABLE_EVENT_STATUSES = ["pending", "published"] as const satisfies readonly EventStatus[];
