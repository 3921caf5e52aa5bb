import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { competitionDecisions, competitionResults } from "../../platform/db/schema/evaluation";
import { AppError } from "../../platform/errors/app-error";
import type { CompetitionFacts } from "../competitions/policy";
import { isUuid } from "../organizations/access";
import { RESULT_GROUPS, type ResultStatus } from "./rules";

/*
 * Reading the published snapshot of a competition (competition_decisions and competition_results,
 * written by the mayor's decision in domain/ranking/): the competition's facts for the policy, its
 * decisions in order (the decision first, then the corrections) and its result rows grouped.
 */

export interface ResultDecision {
  id: string;
  kind: "decision" | "correction";
  number: string;
  decisionDate: string;
  reason: string | null;
  recordedAt: Date;
}

export interface ResultRow {
  offerId: string;
  organizationId: string;
  organizationName: string;
  registerNumber: string;
  offerTitle: string;
  requestedAmount: number;
  awardedAmount: number;
  scoreHundredths: number | null;
  rank: number | null;
  status: ResultStatus;
  decisionId: string;
  publishedAt: Date;
  /** The correction that set this row last, when it was corrected. */
  correction: ResultDecision | null;
}

export interface CompetitionOfResults extends CompetitionFacts {
  id: string;
  title: string;
}

/** The competition of this tenant with the facts the policy needs, or NOT_FOUND. */
export async function competitionOfResults(
  db: DbOrTx,
  tenantId: string,
  competitionId: unknown,
): Promise<CompetitionOfResults> {
  if (!isUuid(competitionId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await db
    .select({
      id: competitions.id,
      title: competitions.title,
      departmentId: competitions.departmentId,
      status: competitions.status,
      publishedAt: competitions.publishedAt,
    })
    .from(competitions)
    .where(and(eq(competitions.id, competitionId), eq(competitions.tenantId, tenantId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

/** The decision and its corrections, oldest first. */
export async function decisionsOf(db: DbOrTx, competitionId: string): Promise<ResultDecision[]> {
  return db
    .select({
      id: competitionDecisions.id,
      kind: competitionDecisions.kind,
      number: competitionDecisions.number,
      decisionDate: competitionDecisions.decisionDate,
      reason: competitionDecisions.reason,
      recordedAt: competitionDecisions.recordedAt,
    })
    .from(competitionDecisions)
    .where(eq(competitionDecisions.competitionId, competitionId))
    .orderBy(asc(competitionDecisions.recordedAt), asc(competitionDecisions.number));
}

const GROUP_ORDER = new Map(RESULT_GROUPS.map((g, i) => [g, i]));

/**
 * The result rows in the order people read them: funded, not funded, below threshold, formally
 * rejected; within a group by rank, then by score (highest first), then by organisation name.
 */
export async function resultRowsOf(
  db: DbOrTx,
  competitionId: string,
  decisions: readonly ResultDecision[],
): Promise<ResultRow[]> {
  const rows = await db
    .select()
    .from(competitionResults)
    .where(eq(competitionResults.competitionId, competitionId))
    .orderBy(desc(competitionResults.scoreHundredths), asc(competitionResults.organizationName));
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const rankOf = (r: { rank: number | null }) => r.rank ?? Number.MAX_SAFE_INTEGER;
  return rows
    .map((r) => {
      const decision = byId.get(r.decisionId);
      return {
        offerId: r.offerId,
        organizationId: r.organizationId,
        organizationName: r.organizationName,
        registerNumber: r.registerNumber,
        offerTitle: r.offerTitle,
        requestedAmount: r.requestedAmount,
        awardedAmount: r.awardedAmount,
        scoreHundredths: r.scoreHundredths,
        rank: r.rank,
        status: r.status,
        decisionId: r.decisionId,
        publishedAt: r.publishedAt,
        correction: decision?.kind === "correction" ? decision : null,
      };
    })
    .sort(
      (a, b) => (GROUP_ORDER.get(a.status) ?? 9) - (GROUP_ORDER.get(b.status) ?? 9) || rankOf(a) - rankOf(b),
    );
}

/** Sums of a set of rows: awarded (funded rows), requested, and the count of funded offers. */
export function totalsOf(rows: readonly ResultRow[]) {
  return {
    awarded: rows.reduce((sum, r) => sum + (r.status === "funded" ? r.awardedAmount : 0), 0),
    requested: rows.reduce((sum, r) => sum + r.requestedAmount, 0),
    fundedCount: rows.filter((r) => r.status === "funded").length,
    count: rows.length,
  };
}

/** The rows by status, in the order of RESULT_GROUPS (every group present, possibly empty). */
export function groupsOf(rows: readonly ResultRow[]) {
  return RESULT_GROUPS.map((status) => ({ status, rows: rows.filter((r) => r.status === status) }));
}
