import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { contracts, contractVersions } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { type CompetitionRow, findCompetitionInTenant } from "../competitions/access";
import { readOfferors } from "../offers/offer-content";
import type { StaffRoleName } from "../offers/policy";
import { isUuid } from "../organizations/access";
import type { MemberRole } from "../organizations/schemas";
import { type ContractContent, readContractContent } from "./content";
import { CONTRACT_POLICY, type ContractAction, type ContractSubject, mayAct } from "./policy";

/**
 * Finding a contract for the office or for the organisation, through the one policy table
 * (policy.ts). Every use case of contracts, annexes, reports and the settlement starts here.
 */

export type ContractRow = typeof contracts.$inferSelect;
export type ContractVersionRow = typeof contractVersions.$inferSelect;
export type StaffRoles = readonly { role: StaffRoleName; departmentId: string | null }[];

/** The contract in the tenant, or NOT_FOUND (also for a malformed id); `forUpdate` locks the row. */
export async function findContractInTenant(
  db: DbOrTx,
  tenantId: string,
  contractId: unknown,
  options: { forUpdate?: boolean } = {},
): Promise<ContractRow> {
  if (!isUuid(contractId)) throw new AppError("NOT_FOUND", "error.notFound");
  const query = db
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, contractId), eq(contracts.tenantId, tenantId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

/**
 * The contract as the office sees it: FORBIDDEN for anyone the action's rule does not name (an
 * officer of another department, a member of an organisation). The status is checked by the use
 * case (assertCan), so a page can show a contract whose actions are closed.
 */
export async function findOfficeContract(
  db: DbOrTx,
  options: {
    tenantId: string;
    contractId: unknown;
    staffRoles: StaffRoles;
    action: ContractAction;
    forUpdate?: boolean;
  },
): Promise<{ contract: ContractRow; competition: CompetitionRow; subject: ContractSubject }> {
  const contract = await findContractInTenant(db, options.tenantId, options.contractId, options);
  const competition = await findCompetitionInTenant(db, options.tenantId, contract.competitionId);
  const subject: ContractSubject = { memberRoles: [], staffRoles: options.staffRoles };
  if (!mayAct(subject, options.action, competition.departmentId))
    throw new AppError("FORBIDDEN", "error.forbidden");
  return { contract, competition, subject };
}

/**
 * The contract as the organisation sees it: the person's roles in the offerors (leader and
 * partners); FORBIDDEN for anyone else. A contract the organisation may not see yet (a draft) is
 * NOT_FOUND, so its existence does not leak.
 */
export async function findMemberContract(
  db: DbOrTx,
  options: {
    tenantId: string;
    contractId: unknown;
    userId: string;
    action: ContractAction;
    forUpdate?: boolean;
  },
): Promise<{ contract: ContractRow; competition: CompetitionRow; subject: ContractSubject }> {
  const contract = await findContractInTenant(db, options.tenantId, options.contractId, options);
  const competition = await findCompetitionInTenant(db, options.tenantId, contract.competitionId);
  const offerors = await readOfferors(
    db,
    { id: contract.offerId, organizationId: contract.organizationId },
    options.userId,
  );
  const subject: ContractSubject = {
    memberRoles: offerors.filter((o) => o.role !== null).map((o) => o.role as MemberRole),
    staffRoles: [],
  };
  if (!mayAct(subject, "view", competition.departmentId)) throw new AppError("FORBIDDEN", "error.forbidden");
  const visible: readonly string[] = CONTRACT_POLICY.view.statuses;
  if (!visible.includes(contract.status)) throw new AppError("NOT_FOUND", "error.notFound");
  if (!mayAct(subject, options.action, competition.departmentId))
    throw new AppError("FORBIDDEN", "error.forbidden");
  return { contract, competition, subject };
}

/** The contract's current version (the original, or the latest annex) with its content. */
export async function currentVersionOf(
  db: DbOrTx,
  contractId: string,
): Promise<ContractVersionRow & { document: ContractContent }> {
  const [row] = await db
    .select()
    .from(contractVersions)
    .where(eq(contractVersions.contractId, contractId))
    .orderBy(desc(contractVersions.number))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return { ...row, document: readContractContent(row.content) };
}

/** The contract's pages, for links in mail. */
export const contractLinks = {
  ngo: (appUrl: string, contractId: string) => `${appUrl.replace(/\/$/, "")}/panel/umowy/${contractId}`,
  office: (appUrl: string, contractId: string) => `${appUrl.replace(/\/$/, "")}/urzad/umowy/${contractId}`,
};
