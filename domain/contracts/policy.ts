import { AppError } from "../../platform/errors/app-error";
import type { StaffRoleName } from "../offers/policy";
import type { MemberRole } from "../organizations/schemas";
import type { ContractStatus } from "./states";

/**
 * Who may do what with a contract and what follows it (annexes, reports, settlement): one table,
 * deny by default. The organisation acts through a role in one of the offerors (owners and editors
 * act, viewers read); the office through a staff role, an officer only in the competition's
 * department. Staff roles count only after the second factor (the viewer's staffRoles hold that).
 * A report's own status (due, draft, submitted…) is checked by domain/reports on top of this.
 */

export interface ContractSubject {
  memberRoles: readonly MemberRole[];
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
}

interface Rule {
  members?: readonly MemberRole[];
  staff?: readonly StaffRoleName[];
  statuses: readonly ContractStatus[];
}

const ALL: readonly ContractStatus[] = ["draft", "sent", "signed", "in_progress", "settled", "terminated"];
/** The organisation sees the contract once it is sent to it. */
const SENT_ON: readonly ContractStatus[] = ["sent", "signed", "in_progress", "settled", "terminated"];
const BINDING: readonly ContractStatus[] = ["signed", "in_progress"];
const MEMBERS: readonly MemberRole[] = ["owner", "editor", "viewer"];
const EDITORS: readonly MemberRole[] = ["owner", "editor"];
const OFFICE: readonly StaffRoleName[] = ["admin", "coordinator", "officer"];
const DEPARTMENT_SCOPED: readonly StaffRoleName[] = ["officer"];

export const CONTRACT_POLICY = {
  view: { members: MEMBERS, statuses: SENT_ON },
  "office.view": { staff: OFFICE, statuses: ALL },
  /** Redraw the draft (terms, instalments, report dates) before it is sent. */
  edit: { staff: OFFICE, statuses: ["draft"] },
  send: { staff: OFFICE, statuses: ["draft"] },
  /** Take a sent contract back to draft (a mistake found before signing). */
  recall: { staff: OFFICE, statuses: ["sent"] },
  sign: { staff: OFFICE, statuses: ["sent"] },
  start: { staff: OFFICE, statuses: ["signed"] },
  terminate: { staff: OFFICE, statuses: ["draft", "sent", "signed", "in_progress"] },
  recordPayment: { staff: OFFICE, statuses: BINDING },
  "change.submit": { members: EDITORS, statuses: BINDING },
  "change.decide": { staff: OFFICE, statuses: BINDING },
  "report.view": { members: MEMBERS, statuses: ["signed", "in_progress", "settled", "terminated"] },
  "report.edit": { members: EDITORS, statuses: ["signed", "in_progress", "terminated"] },
  "report.office": { staff: OFFICE, statuses: ["signed", "in_progress", "settled", "terminated"] },
  "report.decide": { staff: OFFICE, statuses: ["signed", "in_progress", "terminated"] },
  "settlement.view": { members: MEMBERS, statuses: ["in_progress", "settled", "terminated"] },
  "settlement.office": { staff: OFFICE, statuses: ["in_progress", "settled", "terminated"] },
  "settlement.manage": { staff: OFFICE, statuses: ["in_progress", "terminated"] },
} as const satisfies Record<string, Rule>;

export type ContractAction = keyof typeof CONTRACT_POLICY;

/** Whether the person may take part at all (the contract's status aside). */
export function mayAct(subject: ContractSubject, action: ContractAction, departmentId: string): boolean {
  const rule: Rule = CONTRACT_POLICY[action];
  const asMember = subject.memberRoles.some((r) => rule.members?.includes(r));
  const asStaff = subject.staffRoles.some(
    (r) =>
      (rule.staff?.includes(r.role) ?? false) &&
      (!DEPARTMENT_SCOPED.includes(r.role) || r.departmentId === departmentId),
  );
  return asMember || asStaff;
}

/** True only when the rule allows it for the contract's present status. */
export function can(
  subject: ContractSubject,
  action: ContractAction,
  facts: { status: ContractStatus; departmentId: string },
): boolean {
  const rule: Rule = CONTRACT_POLICY[action];
  return rule.statuses.includes(facts.status) && mayAct(subject, action, facts.departmentId);
}

/**
 * FORBIDDEN when the person may not do this with this contract, CONFLICT
 * "contracts.error.wrongStatus" when they may but not in its present status.
 */
export function assertCan(
  subject: ContractSubject,
  action: ContractAction,
  facts: { status: ContractStatus; departmentId: string },
): void {
  if (!mayAct(subject, action, facts.departmentId)) throw new AppError("FORBIDDEN", "error.forbidden");
  if (!can(subject, action, facts)) throw new AppError("CONFLICT", "contracts.error.wrongStatus");
}
