import type { MemberRole } from "./schemas";
import { ORGANIZATION_TRANSITIONS, type OrganizationStatus } from "./states";

/**
 * Who may do what with an organisation: one table, deny by default. A member acts through their
 * role in the organisation (owner, editor, viewer); staff act through their role in the tenant,
 * which counts only after the second factor (the viewer's staffRoles hold that already).
 */
export type StaffRoleName = "admin" | "coordinator" | "officer";

export interface OrganizationSubject {
  /** The person's role in this organisation, or null when not a member. */
  membership: MemberRole | null;
  /** Staff roles held in the organisation's tenant. */
  staffRoles: readonly StaffRoleName[];
}

interface Rule {
  members: readonly MemberRole[];
  staff: readonly StaffRoleName[];
  /** The organisation must be in one of these statuses. */
  statuses?: readonly OrganizationStatus[];
}

export const ORGANIZATION_POLICY = {
  /** The members' workspace: profile, members, join requests. */
  "workspace.view": { members: ["owner", "editor", "viewer"], staff: [] },
  "profile.edit": { members: ["owner", "editor"], staff: [] },
  "members.manage": { members: ["owner"], staff: [] },
  "joinRequests.decide": { members: ["owner"], staff: [] },
  /** The back office list and details of any organisation in the tenant. */
  "backOffice.view": { members: [], staff: ["admin", "coordinator", "officer"] },
  "registration.verify": {
    members: [],
    staff: ["admin", "coordinator"],
    statuses: ORGANIZATION_TRANSITIONS.verify.from,
  },
  "registration.reject": {
    members: [],
    staff: ["admin", "coordinator"],
    statuses: ORGANIZATION_TRANSITIONS.reject.from,
  },
  /** Only verified organisations may apply for grants (PROCESS.md §2: "a coordinator verifies it"). */
  "grants.apply": { members: ["owner", "editor"], staff: [], statuses: ["verified"] },
} as const satisfies Record<string, Rule>;

export type OrganizationAction = keyof typeof ORGANIZATION_POLICY;

/** True only when a rule allows it; an unknown action or a missing role is a no. */
export function can(
  subject: OrganizationSubject,
  action: OrganizationAction,
  organization?: { status: OrganizationStatus },
): boolean {
  if (!Object.hasOwn(ORGANIZATION_POLICY, action)) return false;
  const rule: Rule = ORGANIZATION_POLICY[action];
  if (rule.statuses && (!organization || !rule.statuses.includes(organization.status))) return false;
  const asMember = subject.membership !== null && rule.members.includes(subject.membership);
  const asStaff = subject.staffRoles.some((r) => rule.staff.includes(r));
  return asMember || asStaff;
}
