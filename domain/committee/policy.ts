import { AppError } from "../../platform/errors/app-error";
import type { CompetitionStatus } from "../competitions/states";

/**
 * What a member of a competition's committee may do: one table, deny by default (UDPP art. 15
 * ust. 2a–2f, PROCESS.md §3). A member sees no offer content before signing the declaration of no
 * conflict of interest (KPA art. 24); a member excluded from an offer (declared conflict or the
 * officer's decision) may neither open nor score it; experts (art. 15 ust. 2d) advise without a
 * vote. Removed members and people outside this competition's committee are refused everything.
 * Every use case that returns offer content or takes scores asks this table first.
 */

/** What the policy knows about the person asking, for one competition. */
export interface MemberFacts {
  removed: boolean;
  declared: boolean;
  voting: boolean;
  /** Offers the member may not open (declared or officer's exclusions). */
  excludedOfferIds: ReadonlySet<string>;
}

/** What the policy knows about the competition (and, for offer actions, the offer). */
export interface CommitteeFacts {
  competitionStatus: CompetitionStatus;
  scoringClosed: boolean;
  offerId?: string;
}

interface Rule {
  /** The declaration must be signed (true) or not yet signed (false). */
  declared?: boolean;
  /** Not excluded from the offer in question. */
  notExcluded?: boolean;
  /** Only members with a vote. */
  voting?: boolean;
  /** The competition must be in one of these statuses. */
  statuses?: readonly CompetitionStatus[];
  /** Only while scoring is open. */
  scoringOpen?: boolean;
}

const EVALUATED: readonly CompetitionStatus[] = ["in_evaluation", "resolved", "archived"];

export const COMMITTEE_POLICY = {
  /** The committee's page: the declaration form, or the list of offers once declared. */
  "committee.view": { statuses: EVALUATED },
  /** Signing the declaration of no conflict of interest (once). */
  "declaration.sign": { declared: false, statuses: ["in_evaluation"] },
  /** The list of the offers with one's scoring status. */
  "offers.list": { declared: true, statuses: EVALUATED },
  /** An offer's content: the page, the PDF, the JSON. */
  "offer.read": { declared: true, notExcluded: true, statuses: EVALUATED },
  /** Saving or submitting one's score sheet of an offer. */
  "offer.score": {
    declared: true,
    notExcluded: true,
    voting: true,
    statuses: ["in_evaluation"],
    scoringOpen: true,
  },
  /** The dissenting note for the protocol. */
  "dissent.write": { declared: true, statuses: ["in_evaluation"], scoringOpen: true },
} as const satisfies Record<string, Rule>;

export type CommitteeAction = keyof typeof COMMITTEE_POLICY;

function ruleOf(action: string): Rule | null {
  return Object.hasOwn(COMMITTEE_POLICY, action) ? COMMITTEE_POLICY[action as CommitteeAction] : null;
}

/** Whether the person as such may do it (membership, declaration, exclusion, vote). */
function personAllows(member: MemberFacts | null, rule: Rule, facts: CommitteeFacts): boolean {
  if (!member || member.removed) return false;
  if (rule.declared !== undefined && member.declared !== rule.declared) return false;
  if (rule.notExcluded && (facts.offerId === undefined || member.excludedOfferIds.has(facts.offerId)))
    return false;
  if (rule.voting && !member.voting) return false;
  return true;
}

/** Whether the competition allows it now (status, scoring open). */
function timeAllows(rule: Rule, facts: CommitteeFacts): boolean {
  if (rule.statuses && !rule.statuses.includes(facts.competitionStatus)) return false;
  if (rule.scoringOpen && facts.scoringClosed) return false;
  return true;
}

/** True only when a rule allows it; an unknown action, a non-member or a removed member is a no. */
export function can(member: MemberFacts | null, action: CommitteeAction, facts: CommitteeFacts): boolean {
  const rule = ruleOf(action);
  return rule !== null && personAllows(member, rule, facts) && timeAllows(rule, facts);
}

/**
 * Throws unless the policy allows it: FORBIDDEN when the person may not (not a member, removed,
 * no declaration, excluded, no vote), CONFLICT when they may but not now (status, scoring closed,
 * already declared).
 */
export function assertCan(member: MemberFacts | null, action: CommitteeAction, facts: CommitteeFacts): void {
  const rule = ruleOf(action);
  if (!rule) throw new AppError("FORBIDDEN", "error.forbidden");
  if (rule.declared === false && member && !member.removed && member.declared)
    throw new AppError("CONFLICT", "committee.error.alreadyDeclared");
  if (!personAllows(member, rule, facts)) {
    if (rule.voting && member && !member.removed && !member.voting)
      throw new AppError("FORBIDDEN", "committee.error.expertNoVote");
    throw new AppError("FORBIDDEN", "error.forbidden");
  }
  if (!timeAllows(rule, facts)) throw new AppError("CONFLICT", "committee.error.closed");
}

/** Every action the member may take now, for showing links and buttons. */
export function allowedActions(member: MemberFacts | null, facts: CommitteeFacts) {
  const actions = Object.keys(COMMITTEE_POLICY) as CommitteeAction[];
  return Object.fromEntries(actions.map((a) => [a, can(member, a, facts)])) as Record<
    CommitteeAction,
    boolean
  >;
}
