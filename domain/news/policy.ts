import { AppError } from "../../platform/errors/app-error";
import { EDITABLE_STATUSES, NEWS_TRANSITIONS, type NewsStatus } from "./states";

/**
 * Who may do what with news: one table, deny by default. Members of a verified organisation
 * (owners and editors: viewers only read) submit news for it; the coordinator and the
 * administrator moderate and publish directly; the public sees published news only. Staff roles
 * count only after the second factor (the viewer's staffRoles hold that already).
 */
export type StaffRoleName = "admin" | "coordinator" | "officer";
export type MemberRole = "owner" | "editor" | "viewer";
export type OrganizationStatus = "pending" | "verified" | "rejected";

export interface NewsSubject {
  /** The person's role in the organisation concerned, or null. */
  membership: MemberRole | null;
  /** The organisation's registration status (submitting needs a verified one). */
  organizationStatus: OrganizationStatus | null;
  staffRoles: readonly StaffRoleName[];
}

interface Rule {
  members: readonly MemberRole[];
  /** The organisation must be verified for its members to act. */
  verifiedOrganization?: boolean;
  staff: readonly StaffRoleName[];
  public?: boolean;
  /** The news item must be in one of these statuses. */
  statuses?: readonly NewsStatus[];
}

const MODERATORS: readonly StaffRoleName[] = ["admin", "coordinator"];

export const NEWS_POLICY = {
  "public.view": { members: [], staff: [], public: true, statuses: ["published"] },
  submit: { members: ["owner", "editor"], verifiedOrganization: true, staff: [] },
  "moderation.view": { members: [], staff: MODERATORS },
  approve: { members: [], staff: MODERATORS, statuses: NEWS_TRANSITIONS.published.from },
  reject: { members: [], staff: MODERATORS, statuses: NEWS_TRANSITIONS.rejected.from },
  edit: { members: [], staff: MODERATORS, statuses: EDITABLE_STATUSES },
  archive: { members: [], staff: MODERATORS, statuses: NEWS_TRANSITIONS.archived.from },
  publishDirectly: { members: [], staff: MODERATORS },
} as const satisfies Record<string, Rule>;

export type NewsAction = keyof typeof NEWS_POLICY;

function ruleOf(action: string): Rule | null {
  return Object.hasOwn(NEWS_POLICY, action) ? NEWS_POLICY[action as NewsAction] : null;
}

function subjectAllowed(subject: NewsSubject, rule: Rule): boolean {
  const asMember =
    subject.membership !== null &&
    rule.members.includes(subject.membership) &&
    (!rule.verifiedOrganization || subject.organizationStatus === "verified");
  const asStaff = subject.staffRoles.some((r) => rule.staff.includes(r));
  return asMember || asStaff;
}

/** True only when a rule allows it; an unknown action or a missing role is a no. */
export function can(subject: NewsSubject, action: NewsAction, news?: { status: NewsStatus }): boolean {
  const rule = ruleOf(action);
  if (!rule) return false;
  if (rule.statuses && (!news || !rule.statuses.includes(news.status))) return false;
  return rule.public === true || subjectAllowed(subject, rule);
}

/**
 * Throws unless the policy allows it: FORBIDDEN when the person may not do this at all, CONFLICT
 * when they may but not in the item's present status (someone decided meanwhile).
 */
export function assertCan(subject: NewsSubject, action: NewsAction, news?: { status: NewsStatus }): void {
  const rule = ruleOf(action);
  if (!rule || (!rule.public && !subjectAllowed(subject, rule)))
    throw new AppError("FORBIDDEN", "error.forbidden");
  if (!can(subject, action, news)) {
    if (rule.public) throw new AppError("NOT_FOUND", "error.notFound");
    throw new AppError("CONFLICT", "news.error.alreadyDecided");
  }
}

/** A subject with staff roles only (the back office). */
export function staffSubject(staffRoles: readonly StaffRoleName[]): NewsSubject {
  return { membership: null, organizationStatus: null, staffRoles };
}
