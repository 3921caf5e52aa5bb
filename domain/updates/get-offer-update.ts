import type { Actor } from "../../platform/audit/write-audit.server";
import type { Db } from "../../platform/db/client.server";
import { readCompetitionParameters } from "../competitions/read-competition-parameters";
import { findOfferInTenant, offerRulesOf } from "../offers/access";
import { calculateCosts, shareBp } from "../offers/calculations";
import { attachedRequirements, readAttachments, readOfferors, readSections } from "../offers/offer-content";
import { requireUserId } from "../organizations/access";
import { ensureUpdateRounds, latestRoundOf, updateSubjectOf } from "./access";
import { assertCan, can } from "./policy";
import { issuesBySection, UPDATE_SECTIONS, updateIssues } from "./rules";

/**
 * The update of an offer after the award as its offerors' people see it (NOT_FOUND for another
 * tenant's or a malformed id, FORBIDDEN for anyone who is not a member of an offeror): what was
 * awarded against what was requested, the live cost calculation and what no longer fits, by
 * section. Opens the round first when the published result asks for one and none exists yet.
 * `round` is null when the result asks for no update.
 */
export async function getOfferUpdate(options: { db: Db; tenantId: string; actor: Actor; offerId: unknown }) {
  const userId = requireUserId(options.actor);
  const { db } = options;
  const offer = await findOfferInTenant(db, options.tenantId, options.offerId);
  const offerors = await readOfferors(db, offer, userId);
  const competition = await readCompetitionParameters({
    db,
    tenantId: options.tenantId,
    competitionId: offer.competitionId,
  });
  const subject = updateSubjectOf(offerors);
  assertCan(subject, "view", { status: "open", departmentId: competition.departmentId });
  await ensureUpdateRounds(db, { tenantId: options.tenantId, actor: options.actor, offerId: offer.id });
  const round = await latestRoundOf(db, offer.id);
  const base = {
    offer: { id: offer.id, title: offer.title, status: offer.status },
    competition: {
      id: competition.id,
      title: competition.title,
      status: competition.status,
      minOwnContributionBp: competition.minOwnContributionBp,
      minFinancialContributionBp: competition.minFinancialContributionBp,
      minPersonalContributionBp: competition.minPersonalContributionBp,
      adminCostCapBp: competition.adminCostCapBp,
    },
  };
  if (!round) return { ...base, round: null };
  const [{ sections }, attachments] = [await readSections(db, offer.id), await readAttachments(db, offer.id)];
  const calc = calculateCosts(sections.costs);
  const issues = updateIssues(
    sections,
    offerRulesOf(competition),
    {
      offerorIds: offerors.map((o) => o.organizationId),
      attachedRequirements: attachedRequirements(attachments),
    },
    round.awardedAmount,
    calc,
  );
  const facts = { status: round.status, departmentId: competition.departmentId };
  const resolved = competition.status === "resolved";
  return {
    ...base,
    round: {
      id: round.id,
      status: round.status,
      awardedAmount: round.awardedAmount,
      requestedAmount: round.requestedAmount,
      remarks: round.remarks,
      withdrawalReason: round.withdrawalReason,
      createdAt: round.createdAt,
      submittedAt: round.submittedAt,
      decidedAt: round.decidedAt,
      withdrawnAt: round.withdrawnAt,
    },
    calculation: {
      total: calc.sources.total,
      grant: calc.sources.grant,
      own: calc.sources.own,
      financial: calc.sources.financial,
      personal: calc.sources.personal,
      admin: calc.totals.admin,
      ownBp: shareBp(calc.sources.shares.own),
      financialBp: shareBp(calc.sources.shares.financial),
      personalBp: shareBp(calc.sources.shares.personal),
      adminBp: shareBp(calc.sources.shares.admin),
    },
    issues: issuesBySection(issues),
    sections: [...UPDATE_SECTIONS],
    can: {
      submit: resolved && can(subject, "submit", facts),
      withdraw: resolved && can(subject, "withdraw", facts),
    },
  };
}

export type OfferUpdateView = Awaited<ReturnType<typeof getOfferUpdate>>;
