import { AppError } from "../../platform/errors/app-error";
import type { StaffRoleName } from "../offers/policy";
import type { MemberRole } from "../organizations/schemas";
import type { UpdateStatus } from "./rules";

/**
 * Who may do what with the update of an offer after the award: one table, deny by default. The
 * organisation acts through a role in any offeror (owners and editors change, everyone reads); the
 * office through a staff role, an officer only in the competition's department. Staff roles count
 * only after the second factor (the viewer's staffRoles hold that).
 */

export interface UpdateSubject {
  /** The person's roles in the offerors (leader and partners). */
  memberRoles: readonly MemberRole[];
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
}

interface Rule {
  members?: readonly MemberRole[];
  staff?: readonly StaffRoleName[];
  statuses: readonly UpdateStatus[];
}

const ALL_STATUSES: readonly UpdateStatus[] = ["open", "submitted", "accepted", "returned", "withdrawn"];
const EDITORS: readonly MemberRole[] = ["owner", "editor"];
const OFFICE: readonly StaffRoleName[] = ["admin", "coordinator", "officer"];
const DEPARTMENT_SCOPED: readonly StaffRoleName[] = ["officer"];

export const UPDATE_POLICY = {
  view: { members: ["owner", "editor", "viewer"], statuses: ALL_STATUSES },
  submit: { members: EDITORS, statuses: ["open", "returned"] },
  /** Withdrawing from the grant (rezygnacja), until the officer has accepted the update. */
  withdraw: { members: EDITORS, statuses: ["open", "returned", "submitted"] },
  "office.view": { staff: OFFICE, statuses: ALL_STATUSES },
  decide: { staff: OFFICE, statuses: ["submitted"] },
} as const satisfies Record<string, Rule>;

export type UpdateAction = keyof typeof UPDATE_POLICY;

function roleAllows(subject: UpdateSubject, rule: Rule, departmentId: string): boolean {
  const asMember = subject.memberRoles.some((r) => rule.members?.includes(r));
  const asStaff = subject.staffRoles.some(
    (r) =>
      (rule.staff?.includes(r.role) ?? false) &&
      (!DEPARTMENT_SCOPED.includes(r.role) || r.departmentId === departmentId),
  );
  return asMember || asStaff;
}

/** True only when the rule allows it for this round. */
export function can(
  subject: UpdateSubject,
  action: UpdateAction,
  facts: { status: UpdateStatus; departmentId: string },
): boolean {
  const rule: Rule = UPDATE_POLICY[action];
  return rule.statuses.includes(facts.status) && roleAllows(subject, rule, facts.departmentId);
}

/** Whether the person may take part at all (the round's status aside). */
export function mayAct(subject: UpdateSubject, action: UpdateAction, departmentId: string): boolean {
  return roleAllows(subject, UPDATE_POLICY[action], departmentId);
}

/**
 * FORBIDDEN when the person may not do this with this offer, CONFLICT "updates.error.wrongStatus"
 * when they may but not in the round's present status (someone moved it on meanwhile).
 */
export function assertCan(
  subject: UpdateSubject,
  action: UpdateAction,
  facts: { status: UpdateStatus; departmentId: string },
): void {
  if (!mayAct(subject, action, facts.departmentId)) throw new AppError("FORBIDDEN", "error.forbidden");
  if (!can(subject, action, facts)) throw new AppError("CONFLICT", "updates.error.wrongStatus");
}
