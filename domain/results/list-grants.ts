import { and, asc, count, desc, eq, inArray, type SQL, sql, sum } from "drizzle-orm";
import type { Clock } from "../../platform/clock/clock";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { contractInstalments, contracts, settlementReturns } from "../../platform/db/schema/contracts";
import { competitionDecisions, competitionResults } from "../../platform/db/schema/evaluation";
import { warsawYearOf } from "../../platform/format/dates";
import { GRANTS_PAGE_SIZE } from "./rules";

/*
 * Grants as open data (issue 6): every funded result of a published decision, by the year of the
 * decision's date (the first decision of the competition; a later correction keeps the year).
 * Read only from the published snapshot (competition_results), never from offers.
 */

export interface Grant {
  competitionId: string;
  competitionTitle: string;
  organizationId: string;
  organizationName: string;
  registerNumber: string;
  taskTitle: string;
  awardedAmount: number;
  /** "2026-05-12". */
  decisionDate: string;
  /**
   * The contract's status once concluded (signed, in_progress, settled, terminated; see
   * domain/contracts/states.ts); null while there is none or it is still a draft being signed.
   */
  contractStatus: string | null;
  /** The sum of the instalments paid under the contract, grosze. */
  paid: number;
  /** The sum of the grant's principal returned in the settlement, grosze. */
  returned: number;
}

/** Results stay public after the decision; archived competitions keep their grants. */
const PUBLISHED_STATUSES = ["resolved", "archived"] as const;

/** The date of the competition's decision (kind "decision"), as a date expression. */
const decisionDate = sql`(select min(${competitionDecisions.decisionDate}) from ${competitionDecisions} where ${competitionDecisions.competitionId} = ${competitionResults.competitionId} and ${competitionDecisions.kind} = 'decision')`;

function grantsWhere(tenantId: string, filter: { year?: number; organizationId?: string }): SQL {
  const parts: (SQL | undefined)[] = [
    eq(competitionResults.tenantId, tenantId),
    eq(competitionResults.status, "funded"),
    inArray(competitions.status, [...PUBLISHED_STATUSES]),
  ];
  if (filter.year !== undefined) {
    parts.push(sql`${decisionDate} >= ${`${filter.year}-01-01`}::date`);
    parts.push(sql`${decisionDate} < ${`${filter.year + 1}-01-01`}::date`);
  }
  if (filter.organizationId) parts.push(eq(competitionResults.organizationId, filter.organizationId));
  return and(...parts) as SQL;
}

const columns = {
  competitionId: competitionResults.competitionId,
  competitionTitle: competitions.title,
  organizationId: competitionResults.organizationId,
  organizationName: competitionResults.organizationName,
  registerNumber: competitionResults.registerNumber,
  taskTitle: competitionResults.offerTitle,
  awardedAmount: competitionResults.awardedAmount,
  decisionDate: sql<string>`(${decisionDate})::text`,
  contractStatus: sql<
    string | null
  >`(select ${contracts.status} from ${contracts} where ${contracts.offerId} = ${competitionResults.offerId} and ${contracts.status} not in ('draft', 'sent'))`,
  paid: sql<string>`coalesce((select sum(${contractInstalments.paidAmount}) from ${contractInstalments} join ${contracts} on ${contracts.id} = ${contractInstalments.contractId} where ${contracts.offerId} = ${competitionResults.offerId}), 0)::text`,
  returned: sql<string>`coalesce((select sum(${settlementReturns.amount}) from ${settlementReturns} join ${contracts} on ${contracts.id} = ${settlementReturns.contractId} where ${contracts.offerId} = ${competitionResults.offerId} and ${settlementReturns.kind} = 'principal'), 0)::text`,
};

async function selectGrants(
  db: DbOrTx,
  where: SQL,
  page: { limit: number; offset: number } | null,
): Promise<Grant[]> {
  const query = db
    .select(columns)
    .from(competitionResults)
    .innerJoin(competitions, eq(competitions.id, competitionResults.competitionId))
    .where(where)
    .orderBy(
      desc(decisionDate),
      asc(competitions.title),
      asc(competitionResults.organizationName),
      asc(competitionResults.offerId),
    );
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  return rows.map((r) => ({
    ...r,
    awardedAmount: Number(r.awardedAmount),
    contractStatus: r.contractStatus ?? null,
    paid: Number(r.paid),
    returned: Number(r.returned),
  }));
}

/** The current year in Warsaw, the default of the open data. */
export function currentGrantYear(clock: Clock): number {
  return warsawYearOf(clock.now());
}

/** One page of the year's grants with the year's count and awarded sum. */
export async function listGrants(options: {
  db: DbOrTx;
  tenantId: string;
  clock: Clock;
  query: { year?: number; page?: number; pageSize?: number };
}) {
  const year = options.query.year ?? currentGrantYear(options.clock);
  const pageSize = options.query.pageSize ?? GRANTS_PAGE_SIZE;
  const where = grantsWhere(options.tenantId, { year });
  const [totals] = await options.db
    .select({ total: count(), awarded: sum(competitionResults.awardedAmount) })
    .from(competitionResults)
    .innerJoin(competitions, eq(competitions.id, competitionResults.competitionId))
    .where(where);
  const total = Number(totals?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.query.page ?? 1), pageCount);
  const items = await selectGrants(options.db, where, { limit: pageSize, offset: (page - 1) * pageSize });
  return { year, items, page, pageCount, pageSize, total, totalAwarded: Number(totals?.awarded ?? 0) };
}

/** Every grant of the year (the downloads). */
export function allGrantsOfYear(options: { db: DbOrTx; tenantId: string; year: number }): Promise<Grant[]> {
  return selectGrants(options.db, grantsWhere(options.tenantId, { year: options.year }), null);
}

/** Every grant an organisation received (its public profile), newest decision first. */
export function grantsOfOrganization(options: {
  db: DbOrTx;
  tenantId: string;
  organizationId: string;
}): Promise<Grant[]> {
  return selectGrants(
    options.db,
    grantsWhere(options.tenantId, { organizationId: options.organizationId }),
    null,
  );
}

/** The years that have grants, newest first (the year select of the page). */
export async function grantYears(db: DbOrTx, tenantId: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${decisionDate})::int` })
    .from(competitionResults)
    .innerJoin(competitions, eq(competitions.id, competitionResults.competitionId))
    .where(grantsWhere(tenantId, {}));
  return rows
    .map((r) => Number(r.year))
    .filter((y) => Number.isFinite(y) && y > 0)
    .sort((a, b) => b - a);
}
