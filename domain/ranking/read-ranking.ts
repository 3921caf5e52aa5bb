import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { legalBases } from "../../platform/db/schema/competitions";
import {
  committeeExclusions,
  committeeMembers,
  committees,
  formalChecks,
  proposedAmounts,
  scoreSheets,
} from "../../platform/db/schema/evaluation";
import { users } from "../../platform/db/schema/identity";
import { offers, offerVersions } from "../../platform/db/schema/offers";
import { childrenOf, findCompetitionInTenant, totalFunds } from "../competitions/access";
import type { OfferDocument } from "../offers/document";
import { type FormalOutcome, rankOffers, scoreOf } from "./ranking";

/*
 * The ranking of a competition as the office, the protocol and the decision read it: every
 * submitted (non-withdrawn) offer with its organisation as the frozen version names it, the
 * formal outcome, each member's submitted total, the mean with its spread, pass or fail, the
 * place and the proposed amount; the committee's members and who has scored what. Ten queries
 * whatever the number of offers.
 */

export interface RankingMember {
  memberId: string;
  userId: string;
  name: string;
  kind: "staff" | "ngo" | "expert";
  voting: boolean;
  chair: boolean;
  declaredAt: Date | null;
  dissent: string | null;
}

export interface RankedOffer {
  offerId: string;
  organizationId: string;
  organizationName: string;
  /** KRS number, or the other register and its number, as the offer gave it. */
  registerNumber: string;
  title: string;
  requestedAmount: number;
  receiptNumber: string;
  firstSubmittedAt: Date;
  versionId: string;
  formalOutcome: FormalOutcome | null;
  formalReason: string | null;
  /** Submitted totals, one per member who scored (members in the committee's order). */
  scores: { memberId: string; total: number }[];
  meanHundredths: number | null;
  min: number | null;
  max: number | null;
  /** Ranked and at or above the threshold. */
  passed: boolean;
  /** The place in the ranking (null: not ranked — formally not passed, or nobody scored). */
  rank: number | null;
  proposedAmount: number | null;
}

export type ProgressState = "submitted" | "pending" | "excluded";
export interface ProgressCell {
  memberId: string;
  offerId: string;
  state: ProgressState;
  /** Why the member may not score the offer (excluded only). */
  exclusion: { source: "declared" | "officer"; reason: string } | null;
}

export type Ranking = Awaited<ReturnType<typeof readRanking>>;

/** Reads everything the ranking shows; throws NOT_FOUND for a competition not in this tenant. */
export async function readRanking(options: { db: DbOrTx; tenantId: string; competitionId: unknown }) {
  const { db, tenantId } = options;
  const row = await findCompetitionInTenant(db, tenantId, options.competitionId);
  const [basis] = await db
    .select({ label: legalBases.label, act: legalBases.act, article: legalBases.article })
    .from(legalBases)
    .where(eq(legalBases.id, row.legalBasisId));
  const { budgetYears } = await childrenOf(db, row.id);
  const [committee] = await db.select().from(committees).where(eq(committees.competitionId, row.id));

  const offerRows = await db
    .select({
      offerId: offers.id,
      organizationId: offers.organizationId,
      title: offers.title,
      requestedGrant: offers.requestedGrant,
      versionId: offerVersions.id,
      content: offerVersions.content,
      outcome: formalChecks.outcome,
      reason: formalChecks.reason,
      proposed: proposedAmounts.amount,
    })
    .from(offers)
    .innerJoin(offerVersions, eq(offerVersions.id, offers.submittedVersionId))
    .leftJoin(formalChecks, eq(formalChecks.offerId, offers.id))
    .leftJoin(proposedAmounts, eq(proposedAmounts.offerId, offers.id))
    .where(
      and(eq(offers.competitionId, row.id), eq(offers.tenantId, tenantId), eq(offers.status, "submitted")),
    );
  const offerIds = offerRows.map((o) => o.offerId);
  const firstVersions = offerIds.length
    ? await db
        .select({
          offerId: offerVersions.offerId,
          receiptNumber: offerVersions.receiptNumber,
          submittedAt: offerVersions.submittedAt,
        })
        .from(offerVersions)
        .where(and(inArray(offerVersions.offerId, offerIds), eq(offerVersions.number, 1)))
    : [];
  const first = new Map(firstVersions.map((v) => [v.offerId, v]));

  const members: RankingMember[] = await db
    .select({
      memberId: committeeMembers.id,
      userId: committeeMembers.userId,
      name: users.name,
      kind: committeeMembers.kind,
      voting: committeeMembers.voting,
      chair: committeeMembers.chair,
      declaredAt: committeeMembers.declaredAt,
      dissent: committeeMembers.dissent,
    })
    .from(committeeMembers)
    .innerJoin(users, eq(users.id, committeeMembers.userId))
    .where(and(eq(committeeMembers.competitionId, row.id), isNull(committeeMembers.removedAt)))
    .orderBy(asc(committeeMembers.addedAt), asc(users.name));
  const memberIds = members.map((m) => m.memberId);
  const sheets = memberIds.length
    ? await db
        .select({
          memberId: scoreSheets.memberId,
          offerId: scoreSheets.offerId,
          total: scoreSheets.total,
          submittedAt: scoreSheets.submittedAt,
        })
        .from(scoreSheets)
        .where(and(eq(scoreSheets.competitionId, row.id), inArray(scoreSheets.memberId, memberIds)))
    : [];
  const exclusions = memberIds.length
    ? await db
        .select({
          memberId: committeeExclusions.memberId,
          offerId: committeeExclusions.offerId,
          source: committeeExclusions.source,
          reason: committeeExclusions.reason,
          createdAt: committeeExclusions.createdAt,
        })
        .from(committeeExclusions)
        .where(inArray(committeeExclusions.memberId, memberIds))
    : [];

  const pair = (memberId: string, offerId: string) => `${memberId}/${offerId}`;
  const excluded = new Map(exclusions.map((e) => [pair(e.memberId, e.offerId), e]));
  const voting = members.filter((m) => m.voting);
  const votingIds = new Set(voting.map((m) => m.memberId));
  const memberOrder = new Map(members.map((m, i) => [m.memberId, i]));
  /** Sheets that count: submitted, by a voting member, not excluded from the offer. */
  const counted = sheets.filter(
    (s) => s.submittedAt !== null && votingIds.has(s.memberId) && !excluded.has(pair(s.memberId, s.offerId)),
  );
  const scoresOf = (offerId: string) =>
    counted
      .filter((s) => s.offerId === offerId)
      .sort((a, b) => (memberOrder.get(a.memberId) ?? 0) - (memberOrder.get(b.memberId) ?? 0))
      .map((s) => ({ memberId: s.memberId, total: s.total }));

  const inputs = offerRows.map((o) => {
    const f = first.get(o.offerId);
    return {
      offerId: o.offerId,
      formalOutcome: o.outcome ?? null,
      totals: scoresOf(o.offerId).map((s) => s.total),
      firstSubmittedAt: f?.submittedAt ?? new Date(0),
      receiptNumber: f?.receiptNumber ?? "",
    };
  });
  const ranked = new Map(rankOffers(inputs, row.passThreshold).map((r) => [r.offerId, r]));

  const rankedOffers: RankedOffer[] = offerRows.map((o, i) => {
    const input = inputs[i] as (typeof inputs)[number];
    const r = ranked.get(o.offerId);
    const score = r ?? scoreOf(input.totals);
    const leader = leaderOf(o.content);
    return {
      offerId: o.offerId,
      organizationId: o.organizationId,
      organizationName: leader.name,
      registerNumber: leader.register,
      title: o.title,
      requestedAmount: o.requestedGrant,
      receiptNumber: input.receiptNumber,
      firstSubmittedAt: input.firstSubmittedAt,
      versionId: o.versionId,
      formalOutcome: input.formalOutcome,
      formalReason: o.reason ?? null,
      scores: scoresOf(o.offerId),
      meanHundredths: score.meanHundredths,
      min: score.min,
      max: score.max,
      passed: r?.passed ?? false,
      rank: r?.rank ?? null,
      proposedAmount: o.proposed ?? null,
    };
  });
  // Ranked first by place; the rest by first submission, then receipt number.
  rankedOffers.sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      a.firstSubmittedAt.getTime() - b.firstSubmittedAt.getTime() ||
      a.receiptNumber.localeCompare(b.receiptNumber),
  );

  // Who has scored what: voting members × offers to score (formally passed).
  const toScore = rankedOffers.filter((o) => o.formalOutcome === "passed");
  const submitted = new Set(
    sheets.filter((s) => s.submittedAt !== null).map((s) => pair(s.memberId, s.offerId)),
  );
  const progress: ProgressCell[] = voting.flatMap((m) =>
    toScore.map((o) => {
      const ex = excluded.get(pair(m.memberId, o.offerId));
      return {
        memberId: m.memberId,
        offerId: o.offerId,
        state: ex ? "excluded" : submitted.has(pair(m.memberId, o.offerId)) ? "submitted" : "pending",
        exclusion: ex ? { source: ex.source, reason: ex.reason } : null,
      } satisfies ProgressCell;
    }),
  );
  const funds = totalFunds(budgetYears);
  const proposedTotal = rankedOffers.reduce((sum, o) => sum + (o.proposedAmount ?? 0), 0);
  return {
    competition: {
      id: row.id,
      tenantId: row.tenantId,
      title: row.title,
      status: row.status,
      departmentId: row.departmentId,
      publishedAt: row.publishedAt,
      passThreshold: row.passThreshold,
      criteria: row.criteria,
      legalBasis: basis ? `${basis.label} (${basis.article} ${basis.act})` : "",
      budgetYears,
      version: row.version,
    },
    committee: {
      withoutNgoReason: committee?.withoutNgoReason ?? null,
      scoringClosedAt: committee?.scoringClosedAt ?? null,
      exists: committee !== undefined,
    },
    offers: rankedOffers,
    members,
    exclusions: exclusions.map((e) => ({ ...e })),
    progress,
    complete: voting.length > 0 && progress.every((c) => c.state !== "pending"),
    funds,
    proposedTotal,
  };
}

/** The leading offeror's name and register number as the frozen document gave them. */
function leaderOf(content: Record<string, unknown>): { name: string; register: string } {
  const offerors = (content as Partial<OfferDocument>).offerors ?? [];
  const leader = offerors.find((o) => o.leader) ?? offerors[0];
  if (!leader) return { name: "", register: "" };
  return { name: leader.name, register: leader.krs ?? leader.otherRegister ?? "" };
}
