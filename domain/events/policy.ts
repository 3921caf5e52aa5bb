import { AppError } from "../../platform/errors/app-error";
import { EDITABLE_EVENT_STATUSES, EVENT_TRANSITIONS, type EventStatus } from "./states";

/**
 * Who may do what with the calendar: one table, deny by default. Owners and editors of a
 * verified organisation submit its events; the coordinator and the administrator moderate,
 * create, edit and cancel events and see registrations; the public sees published ones.
 */
export type StaffRoleName = "admin" | "coordinator" | "officer";
export type MemberRole = "owner" | "editor" | "viewer";
export type OrganizationStatus = "pending" | "verified" | "rejected";

export interface EventSubject {
  membership: MemberRole | null;
  organizationStatus: OrganizationStatus | null;
  staffRoles: readonly StaffRoleName[];
}

interface Rule {
  members: readonly MemberRole[];
  verifiedOrganization?: boolean;
  staff: readonly StaffRoleName[];
  statuses?: readonly EventStatus[];
}

const MANAGERS: readonly StaffRoleName[] = ["admin", "coordinator"];

export const EVENT_POLICY = {
  submit: { members: ["owner", "editor"], verifiedOrganization: true, staff: [] },
  manage: { members: [], staff: MANAGERS },
  create: { members: [], staff: MANAGERS },
  edit: { members: [], staff: MANAGERS, statuses: EDITABLE_EVENT_STATUSES },
  approve: { members: [], staff: MANAGERS, statuses: EVENT_TRANSITIONS.published.from },
  reject: { members: [], staff: MANAGERS, statuses: EVENT_TRANSITIONS.rejected.from },
  cancel: { members: [], staff: MANAGERS, statuses: EVENT_TRANSITIONS.cancelled.from },
  "registrations.view": { members: [], staff: MANAGERS },
} as const satisfies Record<string, Rule>;

export type EventAction = keyof typeof EVENT_POLICY;

function ruleOf(action: string): Rule | null {
  return Object.hasOwn(EVENT_POLICY, action) ? EVENT_POLICY[action as EventAction] : null;
}

function subjectAllowed(subject: EventSubject, rule: Rule): boolean {
  const asMember =
    subject.membership !== null &&
    rule.members.includes(subject.membership) &&
    (!rule.verifiedOrganization || subject.organizationStatus === "verified");
  return asMember || subject.staffRoles.some((r) => rule.staff.includes(r));
}

/** True only when a rule allows it; an unknown action or a missing role is a no. */
export function can(subject: EventSubject, action: EventAction, event?: { status: EventStatus }): boolean {
  const rule = ruleOf(action);
  if (!rule || !subjectAllowed(subject, rule)) return false;
  return !rule.statuses || (!!event && rule.statuses.includes(event.status));
}

/** FORBIDDEN when the person may not do this at all, CONFLICT when not in the event's status. */
export function assertCan(subject: EventSubject, action: EventAction, event?: { status: EventStatus }): void {
  const rule = ruleOf(action);
  if (!rule || !subjectAllowed(subject, rule)) throw new AppError("FORBIDDEN", "error.forbidden");
  if (!can(subject, action, event)) throw new AppError("CONFLICT", "events.error.alreadyDecided");
}

/** A subject with staff roles only (the back office). */
export function staffSubject(staffRoles: readonly StaffRoleName[]): EventSubject {
  return { membership: null, organizationStatus: null, staffRoles };
}
