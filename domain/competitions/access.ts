import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import {
  competitionBudgetYears,
  competitionPriorTasks,
  competitions,
  legalBases,
} from "../../platform/db/schema/competitions";
import { departments } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";
import type { CompetitionSubject, StaffRoleName } from "./policy";

/** Helpers every use case of the competitions shares: find in the tenant, read the children, name the subject. */

export type CompetitionRow = typeof competitions.$inferSelect;
export type LegalBasisRow = typeof legalBases.$inferSelect;
export type BudgetYear = { year: number; amount: number };
export type PriorTask = { year: number; name: string; amount: number };

/** The competition in this tenant, or NOT_FOUND (also for another tenant's id and for a malformed id). */
export async function findCompetitionInTenant(
  db: DbOrTx,
  tenantId: string,
  competitionId: unknown,
): Promise<CompetitionRow> {
  if (!isUuid(competitionId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await db
    .select()
    .from(competitions)
    .where(and(eq(competitions.id, competitionId), eq(competitions.tenantId, tenantId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

/** Budget years (ascending) and prior-year tasks (in the order typed) of a competition. */
export async function childrenOf(db: DbOrTx, competitionId: string) {
  const budgetYears: BudgetYear[] = await db
    .select({ year: competitionBudgetYears.year, amount: competitionBudgetYears.amount })
    .from(competitionBudgetYears)
    .where(eq(competitionBudgetYears.competitionId, competitionId))
    .orderBy(asc(competitionBudgetYears.year));
  const priorTasks: PriorTask[] = await db
    .select({
      year: competitionPriorTasks.year,
      name: competitionPriorTasks.name,
      amount: competitionPriorTasks.amount,
    })
    .from(competitionPriorTasks)
    .where(eq(competitionPriorTasks.competitionId, competitionId))
    .orderBy(asc(competitionPriorTasks.position));
  return { budgetYears, priorTasks };
}

/** Replaces the budget years and prior tasks of a competition: two deletes and two bulk inserts. */
export async function replaceChildren(
  db: DbOrTx,
  competitionId: string,
  children: { budgetYears: readonly BudgetYear[]; priorTasks: readonly PriorTask[] },
): Promise<void> {
  await db.delete(competitionBudgetYears).where(eq(competitionBudgetYears.competitionId, competitionId));
  await db.delete(competitionPriorTasks).where(eq(competitionPriorTasks.competitionId, competitionId));
  if (children.budgetYears.length)
    await db
      .insert(competitionBudgetYears)
      .values(children.budgetYears.map((b) => ({ competitionId, year: b.year, amount: b.amount })));
  if (children.priorTasks.length)
    await db
      .insert(competitionPriorTasks)
      .values(children.priorTasks.map((p, position) => ({ competitionId, position, ...p })));
}

/** Legal bases this tenant may use: global ones and its own, a tenant's row replacing a global one of the same code. */
export async function listLegalBases(db: DbOrTx, tenantId: string): Promise<LegalBasisRow[]> {
  const rows = await db
    .select()
    .from(legalBases)
    .where(or(isNull(legalBases.tenantId), eq(legalBases.tenantId, tenantId)))
    .orderBy(asc(legalBases.sortOrder), asc(legalBases.code));
  const own = new Set(rows.filter((r) => r.tenantId !== null).map((r) => r.code));
  return rows.filter((r) => r.tenantId !== null || !own.has(r.code));
}

/** A legal basis this tenant may use, or a VALIDATION error on the field. */
export async function findLegalBasis(
  db: DbOrTx,
  tenantId: string,
  legalBasisId: string,
): Promise<LegalBasisRow> {
  const basis = (await listLegalBases(db, tenantId)).find((b) => b.id === legalBasisId);
  if (!basis)
    throw new AppError("VALIDATION", "error.validation", {
      fieldErrors: { legalBasisId: ["form.invalidChoice"] },
    });
  return basis;
}

/** A department of this tenant, or a VALIDATION error on the field. */
export async function findDepartment(db: DbOrTx, tenantId: string, departmentId: string) {
  const [row] = isUuid(departmentId)
    ? await db
        .select()
        .from(departments)
        .where(and(eq(departments.id, departmentId), eq(departments.tenantId, tenantId)))
        .limit(1)
    : [];
  if (!row)
    throw new AppError("VALIDATION", "error.validation", {
      fieldErrors: { departmentId: ["form.invalidChoice"] },
    });
  return row;
}

/** The departments of the tenant, by name (for forms and filters). */
export async function listDepartments(db: DbOrTx, tenantId: string) {
  return db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(eq(departments.tenantId, tenantId))
    .orderBy(asc(departments.name));
}

/** The policy's subject from the viewer's staff roles (already filtered to this tenant and second factor). */
export function subjectOf(
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[],
): CompetitionSubject {
  return { staffRoles };
}

/** The total of the budget years, in grosze. */
export function totalFunds(budgetYears: readonly BudgetYear[]): number {
  return budgetYears.reduce((sum, b) => sum + b.amount, 0);
}

/** A competition's addresses, for links in mail. */
export const competitionLinks = {
  public: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/konkursy/${id}`,
  office: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/urzad/konkursy/${id}`,
};
