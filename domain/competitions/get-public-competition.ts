import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitionAmendments, competitions, legalBases } from "../../platform/db/schema/competitions";
import { departments } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";
import { childrenOf } from "./access";
import { assertCan } from "./policy";
import { type CompetitionSummary, completeSummaries, joinSummary, summaryColumns } from "./public-views";

/** The full announcement as the public sees it: every part of UDPP art. 13 ust. 2 and the amendments. */
export interface PublicCompetition extends CompetitionSummary {
  taskDescription: string;
  awardRules: string;
  taskConditions: string;
  selectionProcedure: string;
  selectionDate: string | null;
  eligibleLegalForms: string[];
  minGrant: number | null;
  maxGrant: number | null;
  minOwnContributionBp: number | null;
  minFinancialContributionBp: number | null;
  minPersonalContributionBp: number | null;
  adminCostCapBp: number | null;
  requiredAttachments: { label: string }[];
  criteria: { code: string; label: string; maxPoints: number }[];
  passThreshold: number | null;
  priorTasks: { year: number; name: string; amount: number }[];
  cancelledAt: Date | null;
  cancellationReason: string | null;
  closedAt: Date | null;
  amendments: {
    id: string;
    amendedAt: Date;
    reason: string;
    changedFields: string[];
    oldDeadline: Date | null;
    newDeadline: Date | null;
  }[];
}

/**
 * A competition a visitor may see, or NOT_FOUND — for a draft, a draft cancelled before it was
 * published, another tenant's id and a malformed id alike (nothing tells them apart).
 */
export async function getPublicCompetition(options: {
  db: DbOrTx;
  tenantId: string;
  competitionId: unknown;
}): Promise<PublicCompetition> {
  const found = await describeCompetition(options.db, options.tenantId, options.competitionId);
  assertCan({ staffRoles: [] }, "public.view", found.row);
  return found.details;
}

/**
 * A competition with everything the announcement shows, whatever its status, without asking the
 * policy (the caller does): the row, and the details in the public shape.
 */
export async function describeCompetition(db: DbOrTx, tenantId: string, competitionId: unknown) {
  if (!isUuid(competitionId)) throw new AppError("NOT_FOUND", "error.notFound");
  const join = joinSummary(competitions);
  const [found] = await db
    .select({ ...summaryColumns(competitions), row: competitions })
    .from(competitions)
    .innerJoin(departments, join.departments)
    .innerJoin(legalBases, join.legalBases)
    .where(and(eq(competitions.id, competitionId), eq(competitions.tenantId, tenantId)))
    .limit(1);
  if (!found) throw new AppError("NOT_FOUND", "error.notFound");
  const { row, ...summaryRow } = found;
  const [summary] = await completeSummaries(db, [summaryRow]);
  if (!summary) throw new AppError("NOT_FOUND", "error.notFound");
  const { priorTasks } = await childrenOf(db, row.id);
  const amendments = await db
    .select()
    .from(competitionAmendments)
    .where(eq(competitionAmendments.competitionId, row.id))
    .orderBy(asc(competitionAmendments.amendedAt));
  const details: PublicCompetition = {
    ...summary,
    taskDescription: row.taskDescription,
    awardRules: row.awardRules,
    taskConditions: row.taskConditions,
    selectionProcedure: row.selectionProcedure,
    selectionDate: row.selectionDate,
    eligibleLegalForms: row.eligibleLegalForms,
    minGrant: row.minGrant,
    maxGrant: row.maxGrant,
    minOwnContributionBp: row.minOwnContributionBp,
    minFinancialContributionBp: row.minFinancialContributionBp,
    minPersonalContributionBp: row.minPersonalContributionBp,
    adminCostCapBp: row.adminCostCapBp,
    requiredAttachments: row.requiredAttachments,
    criteria: row.criteria,
    passThreshold: row.passThreshold,
    priorTasks,
    cancelledAt: row.cancelledAt,
    cancellationReason: row.cancellationReason,
    closedAt: row.closedAt,
    amendments: amendments.map((a) => ({
      id: a.id,
      amendedAt: a.amendedAt,
      reason: a.reason,
      changedFields: Object.keys(a.changes),
      oldDeadline: a.oldDeadline,
      newDeadline: a.newDeadline,
    })),
  };
  return { row, details };
}
