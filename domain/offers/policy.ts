import { AppError } from "../../platform/errors/app-error";
import type { MemberRole } from "../organizations/schemas";
import type { OrganizationStatus } from "../organizations/states";
import type { OfferStatus } from "./rules";
import { OFFER_TRANSITIONS } from "./states";

/**
 * Who may do what with an offer: one table, deny by default. On the organisations' side a person
 * acts through their role in any offeror (the leader or a partner of a joint offer, UDPP art. 14
 * ust. 2); only the leader's people change who the partners are. On the office's side staff see
 * submitted offers only, never drafts: an administrator or coordinator in every department, an
 * officer in the competition's department. Staff roles count only after the second factor.
 */
export type StaffRoleName = "admin" | "coordinator" | "officer";

export interface OfferSubject {
  /** The person's role in the leading organisation, or null. */
  leaderRole: MemberRole | null;
  /** The person's roles in the partners of a joint offer (one per partner they belong to). */
  partnerRoles: readonly MemberRole[];
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
}

/** What the policy needs to know about an offer. */
export interface OfferFacts {
  status: OfferStatus;
  /** At least one version has been submitted (frozen). */
  submitted: boolean;
  /** The department of the offer's competition. */
  departmentId: string;
}

interface Rule {
  /** Roles in any offeror (leader or partner) that allow it. */
  members?: readonly MemberRole[];
  /** Roles in the leading organisation only. */
  leaderMembers?: readonly MemberRole[];
  /** Staff roles that allow it (officers only in the competition's department). */
  staff?: readonly StaffRoleName[];
  /** The offer must be in one of these statuses. */
  statuses?: readonly OfferStatus[];
  /** Only an offer submitted at least once. */
  submittedOnly?: boolean;
}

const ALL_MEMBERS: readonly MemberRole[] = ["owner", "editor", "viewer"];
const EDITORS: readonly MemberRole[] = ["owner", "editor"];
const OFFICE: readonly StaffRoleName[] = ["admin", "coordinator", "officer"];
/** Roles whose right is limited to their own department. */
const DEPARTMENT_SCOPED: readonly StaffRoleName[] = ["officer"];

export const OFFER_POLICY = {
  /** The workspace, the preview and the submitted versions, for the offerors' people. */
  view: { members: ALL_MEMBERS },
  edit: { members: EDITORS },
  submit: { members: EDITORS, statuses: OFFER_TRANSITIONS.submit.from },
  withdraw: { members: EDITORS, statuses: OFFER_TRANSITIONS.withdraw.from },
  /** Adding and removing partners of a joint offer: the leading organisation decides. */
  managePartners: { leaderMembers: EDITORS },
  /** The office reads submitted versions (and lists submitted offers); a draft stays private. */
  "office.view": { staff: OFFICE, submittedOnly: true },
} as const satisfies Record<string, Rule>;

export type OfferAction = keyof typeof OFFER_POLICY;

/** Starting an offer: an owner or editor of a verified organisation (PROCESS.md §2). */
export const START_OFFER_RULE = {
  members: EDITORS,
  organizationStatuses: ["verified"],
} as const satisfies { members: readonly MemberRole[]; organizationStatuses: readonly OrganizationStatus[] };

function ruleOf(action: string): Rule | null {
  return Object.hasOwn(OFFER_POLICY, action) ? OFFER_POLICY[action as OfferAction] : null;
}

/** Whether the person's roles grant the action (statuses and submission aside). */
function roleAllows(subject: OfferSubject, rule: Rule, departmentId: string): boolean {
  const roles = [...(subject.leaderRole ? [subject.leaderRole] : []), ...subject.partnerRoles];
  const asMember = roles.some((r) => rule.members?.includes(r));
  const asLeader = subject.leaderRole !== null && (rule.leaderMembers?.includes(subject.leaderRole) ?? false);
  const asStaff = subject.staffRoles.some(
    (r) =>
      (rule.staff?.includes(r.role) ?? false) &&
      (!DEPARTMENT_SCOPED.includes(r.role) || r.departmentId === departmentId),
  );
  return asMember || asLeader || asStaff;
}

/** True only when a rule allows it; an unknown action or a missing role is a no. */
export function can(subject: OfferSubject, action: OfferAction, offer: OfferFacts): boolean {
  const rule = ruleOf(action);
  if (!rule) return false;
  if (rule.statuses && !rule.statuses.includes(offer.status)) return false;
  if (rule.submittedOnly && !offer.submitted) return false;
  return roleAllows(subject, rule, offer.departmentId);
}

/**
 * Throws unless the policy allows it: FORBIDDEN when the person may not do this with this offer,
 * NOT_FOUND when staff ask for a draft (it does not exist for them), CONFLICT when the person may
 * but not in the offer's present status (someone moved it on meanwhile).
 */
export function assertCan(subject: OfferSubject, action: OfferAction, offer: OfferFacts): void {
  const rule = ruleOf(action);
  if (!rule || !roleAllows(subject, rule, offer.departmentId))
    throw new AppError("FORBIDDEN", "error.forbidden");
  if (rule.submittedOnly && !offer.submitted) throw new AppError("NOT_FOUND", "error.notFound");
  if (!can(subject, action, offer)) throw new AppError("CONFLICT", "offer.error.wrongStatus");
}

/** Whether a member of an organisation in this status may start an offer on its behalf. */
export function canStartOffer(
  membership: MemberRole | null,
  organizationStatus: OrganizationStatus,
): boolean {
  return (
    membership !== null &&
    (START_OFFER_RULE.members as readonly MemberRole[]).includes(membership) &&
    (START_OFFER_RULE.organizationStatuses as readonly OrganizationStatus[]).includes(organizationStatus)
  );
}

/** Throws FORBIDDEN for a non-editor, CONFLICT "offer.error.orgNotVerified" for an unverified organisation. */
export function assertCanStartOffer(membership: MemberRole | null, organizationStatus: OrganizationStatus) {
  if (membership === null || !(START_OFFER_RULE.members as readonly MemberRole[]).includes(membership))
    throw new AppError("FORBIDDEN", "error.forbidden");
  if (!canStartOffer(membership, organizationStatus))
    throw new AppError("CONFLICT", "offer.error.orgNotVerified");
}

/** Every action the subject may take on this offer now, for showing buttons. */
export function allowedActions(subject: OfferSubject, offer: OfferFacts) {
  const actions = Object.keys(OFFER_POLICY) as OfferAction[];
  return Object.fromEntries(actions.map((a) => [a, can(subject, a, offer)])) as Record<OfferAction, boolean>;
}
