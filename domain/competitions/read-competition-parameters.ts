import { and, eq, type Placeholder, sql } from "drizzle-orm";
import type { SelectResultFields } from "drizzle-orm/query-builders/select.types";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitionBudgetYears, competitions, legalBases } from "../../platform/db/schema/competitions";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";
import type { BudgetYear } from "./access";
import type { CompetitionParameters } from "./get-competition-parameters";

/**
 * The competition's parameters (getCompetitionParameters answers with this) in ONE query, as the
 * offers' hot paths need under a deadline rush: the competition, its legal basis
 * (as findLegalBasis admits it: global or the tenant's own, a tenant's row replacing a global one
 * of the same code) and its budget years aggregated in the same statement. Same answer, same
 * refusals: NOT_FOUND outside the tenant, VALIDATION on legalBasisId for a basis the tenant may
 * not use.
 */
export async function readCompetitionParameters(options: {
  db: DbOrTx;
  tenantId: string;
  competitionId: unknown;
}): Promise<CompetitionParameters> {
  const { db, tenantId, competitionId } = options;
  if (!isUuid(competitionId)) throw new AppError("NOT_FOUND", "error.notFound");
  const c = competitions;
  const [row] = await db
    .select(competitionParameterColumns())
    .from(c)
    .leftJoin(legalBases, legalBasisOfCompetition(tenantId))
    .where(and(eq(c.id, competitionId), eq(c.tenantId, tenantId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return competitionParametersOf(row);
}

/**
 * The columns of the parameters' query, for a select from `competitions` left-joined with
 * `legal_bases` on legalBasisOfCompetition (also spread into a wider select, as the offers'
 * facts do). The budget years come aggregated in the same statement.
 */
export function competitionParameterColumns() {
  const c = competitions;
  return {
    id: c.id,
    tenantId: c.tenantId,
    departmentId: c.departmentId,
    title: c.title,
    areaCode: c.areaCode,
    status: c.status,
    offerDeadline: c.offerDeadline,
    taskStart: c.taskStart,
    taskEnd: c.taskEnd,
    minGrant: c.minGrant,
    maxGrant: c.maxGrant,
    minOwnContributionBp: c.minOwnContributionBp,
    minFinancialContributionBp: c.minFinancialContributionBp,
    minPersonalContributionBp: c.minPersonalContributionBp,
    adminCostCapBp: c.adminCostCapBp,
    eligibleLegalForms: c.eligibleLegalForms,
    requiredAttachments: c.requiredAttachments,
    criteria: c.criteria,
    passThreshold: c.passThreshold,
    basisCode: legalBases.code,
    basisLabel: legalBases.label,
    basisRequiresOwnContribution: legalBases.requiresOwnContribution,
    budgetYears: sql<unknown>`coalesce((
        select json_agg(json_build_object('year', ${competitionBudgetYears.year}, 'amount', ${competitionBudgetYears.amount}) order by ${competitionBudgetYears.year})
        from ${competitionBudgetYears}
        where ${competitionBudgetYears.competitionId} = ${c.id}
      ), '[]'::json)`,
  };
}

/**
 * The join to the competition's legal basis as findLegalBasis admits it: global or the tenant's
 * own, a tenant's row replacing a global one of the same code.
 */
export function legalBasisOfCompetition(tenantId: string | Placeholder) {
  return and(
    eq(legalBases.id, competitions.legalBasisId),
    sql`(${legalBases.tenantId} = ${tenantId} or (${legalBases.tenantId} is null and not exists (
          select 1 from ${legalBases} own
          where own.tenant_id = ${tenantId} and own.code = ${legalBases.code}
        )))`,
  );
}

type ParameterColumns = ReturnType<typeof competitionParameterColumns>;
/** A row of the columns, the legal basis's nullable (a left join). */
type ParameterRow = Omit<
  SelectResultFields<ParameterColumns>,
  "basisCode" | "basisLabel" | "basisRequiresOwnContribution"
> & { basisCode: string | null; basisLabel: string | null; basisRequiresOwnContribution: boolean | null };

/** The parameters from a row of competitionParameterColumns; VALIDATION on legalBasisId for a basis the tenant may not use. */
export function competitionParametersOf(row: ParameterRow): CompetitionParameters {
  if (row.basisCode === null || row.basisLabel === null || row.basisRequiresOwnContribution === null)
    throw new AppError("VALIDATION", "error.validation", {
      fieldErrors: { legalBasisId: ["form.invalidChoice"] },
    });
  const { basisCode, basisLabel, basisRequiresOwnContribution, budgetYears, ...rest } = row;
  return {
    ...rest,
    legalBasis: { code: basisCode, label: basisLabel, requiresOwnContribution: basisRequiresOwnContribution },
    budgetYears: parseBudgetYears(budgetYears),
  };
}

/** The budget years as json_agg gives them (a string when a driver leaves json unparsed). */
function parseBudgetYears(value: unknown): BudgetYear[] {
  const list = typeof value === "string" ? JSON.parse(value) : value;
  if (!Array.isArray(list)) return [];
  return list.map((b: BudgetYear) => ({ year: Number(b.year), amount: Number(b.amount) }));
}
