import { AppError } from "../../platform/errors/app-error";
import {
  COMPETITION_STATUSES,
  COMPETITION_TRANSITIONS,
  type CompetitionStatus,
  isPublic,
  PUBLIC_STATUSES,
} from "./states";

/**
 * Who may do what with a competition: one table, deny by default (PROCESS.md §1: an officer of a
 * department announces competitions; the coordinator runs the cooperation programme; visitors
 * read the public portal). An officer acts only in the departments of their staff roles
 * (staff_roles.department_id); a coordinator or an administrator in every department of the
 * tenant. Staff roles count only after the second factor (the viewer's staffRoles hold that).
 */
export type StaffRoleName = "admin" | "coordinator" | "officer";

export interface CompetitionSubject {
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
}

/** What the policy needs to know about a competition. */
export interface CompetitionFacts {
  departmentId: string;
  status: CompetitionStatus;
  publishedAt: Date | null;
}

interface Rule {
  /** Staff roles that may do it (officers only in their own departments). */
  staff: readonly StaffRoleName[];
  /** Anyone may do it, logged in or not. */
  public?: boolean;
  /** The competition must be in one of these statuses. */
  statuses?: readonly CompetitionStatus[];
}

const OFFICE: readonly StaffRoleName[] = ["admin", "coordinator", "officer"];

export const COMPETITION_POLICY = {
  /** The announcement on the portal, its PDF and the API: published and later, never a draft. */
  "public.view": { staff: [], public: true, statuses: PUBLIC_STATUSES },
  /** The back office's view of a competition (any status, drafts included). */
  "office.view": { staff: OFFICE },
  "draft.create": { staff: OFFICE },
  "draft.edit": { staff: OFFICE, statuses: ["draft"] },
  publish: { staff: OFFICE, statuses: COMPETITION_TRANSITIONS.published.from },
  amend: { staff: OFFICE, statuses: ["published"] },
  cancel: { staff: OFFICE, statuses: COMPETITION_TRANSITIONS.cancelled.from },
  copy: { staff: OFFICE, statuses: COMPETITION_STATUSES },
  "evaluation.start": { staff: OFFICE, statuses: COMPETITION_TRANSITIONS.in_evaluation.from },
  /** Formal check, corrections, the committee's composition, the ranking (UDPP art. 15). */
  "evaluation.run": { staff: OFFICE, statuses: ["in_evaluation"] },
  /** The evaluation's records (checks, committee, protocol) stay readable after the decision. */
  "evaluation.view": { staff: OFFICE, statuses: ["in_evaluation", "resolved", "archived"] },
  /** Recording the mayor's decision publishes the results (art. 15 ust. 2h). */
  "results.decide": { staff: OFFICE, statuses: COMPETITION_TRANSITIONS.resolved.from },
  /** A published result changes only by a recorded correction. */
  "results.correct": { staff: OFFICE, statuses: ["resolved"] },
  /** Answering a request for the reasons of a result (art. 15 ust. 2j). */
  "reasons.answer": { staff: OFFICE, statuses: ["resolved", "archived"] },
} as const satisfies Record<string, Rule>;

export type CompetitionAction = keyof typeof COMPETITION_POLICY;

/** Roles whose right is limited to their own department. */
const DEPARTMENT_SCOPED: readonly StaffRoleName[] = ["officer"];

function ruleOf(action: string): Rule | null {
  return Object.hasOwn(COMPETITION_POLICY, action) ? COMPETITION_POLICY[action as CompetitionAction] : null;
}

/** Whether a staff role grants the action in this department (statuses aside). */
function roleAllows(subject: CompetitionSubject, rule: Rule, departmentId: string | null): boolean {
  return subject.staffRoles.some(
    (r) =>
      rule.staff.includes(r.role) &&
      (!DEPARTMENT_SCOPED.includes(r.role) || (departmentId !== null && r.departmentId === departmentId)),
  );
}

/** Whether the subject may act in a department at all (creating a draft there, listing it). */
export function canActInDepartment(
  subject: CompetitionSubject,
  action: CompetitionAction,
  departmentId: string,
): boolean {
  const rule = ruleOf(action);
  return rule !== null && roleAllows(subject, rule, departmentId);
}

/** True only when a rule allows it; an unknown action or a missing role is a no. */
export function can(
  subject: CompetitionSubject,
  action: CompetitionAction,
  competition: CompetitionFacts,
): boolean {
  const rule = ruleOf(action);
  if (!rule) return false;
  if (rule.statuses && !rule.statuses.includes(competition.status)) return false;
  if (rule.public) return isPublic(competition);
  return roleAllows(subject, rule, competition.departmentId);
}

/**
 * Throws unless the policy allows it: FORBIDDEN when the person may not do this here, CONFLICT
 * when they may but not in the competition's present status (someone moved it on meanwhile).
 */
export function assertCan(
  subject: CompetitionSubject,
  action: CompetitionAction,
  competition: CompetitionFacts,
): void {
  const rule = ruleOf(action);
  if (!rule) throw new AppError("FORBIDDEN", "error.forbidden");
  if (!rule.public && !roleAllows(subject, rule, competition.departmentId))
    throw new AppError("FORBIDDEN", "error.forbidden");
  if (!can(subject, action, competition)) {
    if (rule.public) throw new AppError("NOT_FOUND", "error.notFound");
    throw new AppError("CONFLICT", "competition.error.wrongStatus");
  }
}

/**
 * The departments whose competitions the subject sees in the back office: null for all (coordinator,
 * administrator), else the officer's departments (possibly none).
 */
export function visibleDepartmentIds(subject: CompetitionSubject): string[] | null {
  if (subject.staffRoles.some((r) => !DEPARTMENT_SCOPED.includes(r.role) && OFFICE.includes(r.role)))
    return null;
  return subject.staffRoles
    .filter((r) => DEPARTMENT_SCOPED.includes(r.role) && r.departmentId)
    .map((r) => r.departmentId as string);
}

/** Every action the subject may take on this competition now, for showing buttons. */
export function allowedActions(subject: CompetitionSubject, competition: CompetitionFacts) {
  const actions = Object.keys(COMPETITION_POLICY) as CompetitionAction[];
  return Object.fromEntries(actions.map((a) => [a, can(subject, a, competition)])) as Record<
    CompetitionAction,
    boolean
  >;
}
