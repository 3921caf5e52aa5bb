import { and, asc, count, desc, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { contractInstalments, contracts } from "../../platform/db/schema/contracts";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import type { StaffRoles } from "./access";
import { CONTRACTS_PER_PAGE, type ContractListQuery, ContractListQuerySchema } from "./lifecycle-schemas";

/**
 * The office's list of contracts: coordinators and administrators see all of the tenant's, an
 * officer those of competitions in their departments. Filtered by status and competition, searched
 * by number or organisation, 25 a page, with the grant and what was paid (computed from the ledger).
 */
export async function listOfficeContracts(options: {
  db: Db;
  tenantId: string;
  staffRoles: StaffRoles;
  query: ContractListQuery;
}) {
  const query = ContractListQuerySchema.parse(options.query);
  const wide = options.staffRoles.some((r) => r.role === "admin" || r.role === "coordinator");
  const departments = options.staffRoles
    .filter((r) => r.role === "officer" && r.departmentId)
    .map((r) => r.departmentId as string);
  if (!wide && departments.length === 0) throw new AppError("FORBIDDEN", "error.forbidden");
  const scope: SQL[] = [eq(contracts.tenantId, options.tenantId)];
  if (!wide) scope.push(inArray(competitions.departmentId, departments));
  const where: SQL[] = [...scope];
  if (query.status) where.push(eq(contracts.status, query.status));
  if (query.competitionId) where.push(eq(contracts.competitionId, query.competitionId));
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(contracts.number, like), ilike(organizations.name, like)) as SQL);
  }
  const base = options.db
    .select({ n: count() })
    .from(contracts)
    .innerJoin(competitions, eq(competitions.id, contracts.competitionId))
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId));
  const [total] = await base.where(and(...where));
  const rows = await options.db
    .select({
      id: contracts.id,
      number: contracts.number,
      status: contracts.status,
      taskTitle: contracts.taskTitle,
      grantAmount: contracts.grantAmount,
      signedOn: contracts.signedOn,
      taskStart: contracts.taskStart,
      taskEnd: contracts.taskEnd,
      organizationName: organizations.name,
      competitionId: competitions.id,
      competitionTitle: competitions.title,
    })
    .from(contracts)
    .innerJoin(competitions, eq(competitions.id, contracts.competitionId))
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .where(and(...where))
    .orderBy(desc(contracts.createdAt), asc(contracts.number))
    .limit(CONTRACTS_PER_PAGE)
    .offset((query.page - 1) * CONTRACTS_PER_PAGE);
  const paid = await paidByContract(
    options.db,
    rows.map((r) => r.id),
  );
  const competitionOptions = await options.db
    .selectDistinct({ id: competitions.id, title: competitions.title })
    .from(contracts)
    .innerJoin(competitions, eq(competitions.id, contracts.competitionId))
    .where(and(...scope))
    .orderBy(asc(competitions.title));
  const count_ = total?.n ?? 0;
  return {
    query,
    total: count_,
    pages: Math.max(1, Math.ceil(count_ / CONTRACTS_PER_PAGE)),
    rows: rows.map((r) => ({ ...r, paid: paid.get(r.id) ?? 0 })),
    competitions: competitionOptions,
  };
}

/** The sum of paid instalments per contract (grosze). */
export async function paidByContract(db: Db, contractIds: string[]): Promise<Map<string, number>> {
  if (contractIds.length === 0) return new Map();
  const rows = await db
    .select({ contractId: contractInstalments.contractId, paidAmount: contractInstalments.paidAmount })
    .from(contractInstalments)
    .where(inArray(contractInstalments.contractId, contractIds));
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.contractId, (out.get(r.contractId) ?? 0) + (r.paidAmount ?? 0));
  return out;
}
