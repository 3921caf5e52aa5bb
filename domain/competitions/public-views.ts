import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitionBudgetYears, type competitions, legalBases } from "../../platform/db/schema/competitions";
import { departments } from "../../platform/db/schema/tenancy";
import { type BudgetYear, totalFunds } from "./access";
import { countOffersAfterDeadline } from "./count-offers-after-deadline";
import { AFTER_DEADLINE_STATUSES, type CompetitionStatus } from "./states";

/** What the portal, the list and the API show of a competition in brief. */
export interface CompetitionSummary {
  id: string;
  title: string;
  areaCode: string;
  status: CompetitionStatus;
  department: { code: string; name: string };
  legalBasis: { code: string; label: string; article: string; act: string };
  taskStart: string | null;
  taskEnd: string | null;
  offerDeadline: Date | null;
  publishedAt: Date | null;
  totalFunds: number;
  budgetYears: BudgetYear[];
  /** Offers received by the deadline; null while the deadline has not passed (not public yet). */
  offersAfterDeadline: number | null;
}

type Row = Pick<
  typeof competitions.$inferSelect,
  "id" | "title" | "areaCode" | "status" | "taskStart" | "taskEnd" | "offerDeadline" | "publishedAt"
> & { department: { code: string; name: string }; legalBasis: CompetitionSummary["legalBasis"] };

/** Columns of the summary's select (competitions joined with departments and legal_bases). */
export function summaryColumns(c: typeof competitions) {
  return {
    id: c.id,
    title: c.title,
    areaCode: c.areaCode,
    status: c.status,
    taskStart: c.taskStart,
    taskEnd: c.taskEnd,
    offerDeadline: c.offerDeadline,
    publishedAt: c.publishedAt,
    department: { code: departments.code, name: departments.name },
    legalBasis: {
      code: legalBases.code,
      label: legalBases.label,
      article: legalBases.article,
      act: legalBases.act,
    },
  };
}

export function joinSummary(c: typeof competitions) {
  return {
    departments: eq(departments.id, c.departmentId),
    legalBases: eq(legalBases.id, c.legalBasisId),
  };
}

/** Adds budget years and offer counts to rows, with one query each (never one per row). */
export async function completeSummaries(db: DbOrTx, rows: readonly Row[]): Promise<CompetitionSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const years = await db
    .select()
    .from(competitionBudgetYears)
    .where(inArray(competitionBudgetYears.competitionId, ids))
    .orderBy(asc(competitionBudgetYears.competitionId), asc(competitionBudgetYears.year));
  const afterDeadline = rows
    .filter((r) => (AFTER_DEADLINE_STATUSES as readonly string[]).includes(r.status))
    .map((r) => r.id);
  const counts = await countOffersAfterDeadline(db, { competitionIds: afterDeadline });
  return rows.map((r) => {
    const budgetYears = years
      .filter((y) => y.competitionId === r.id)
      .map((y) => ({ year: y.year, amount: y.amount }));
    return {
      ...r,
      budgetYears,
      totalFunds: totalFunds(budgetYears),
      offersAfterDeadline: counts.get(r.id) ?? null,
    };
  });
}
