import { and, count, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { contractChangeRequests, contractVersions } from "../../platform/db/schema/contracts";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { readCompetitionParameters } from "../competitions/read-competition-parameters";
import type { ContractRow, ContractVersionRow } from "../contracts/access";
import { type ContractContent, readContractContent } from "../contracts/content";
import { offerRulesOf } from "../offers/access";
import { isUuid } from "../organizations/access";
import type { ChangeContext, ChangeKind, ProposedChange } from "./schemas";

/** Helpers every use case of change requests and annexes shares. */

export type ChangeRequestRow = typeof contractChangeRequests.$inferSelect;

/** The request's stored proposal (written from ProposedChange; nothing else writes it). */
export function proposedOf(row: Pick<ChangeRequestRow, "proposed">): ProposedChange {
  return row.proposed as ProposedChange;
}

export function kindsOf(row: Pick<ChangeRequestRow, "kinds">): ChangeKind[] {
  return row.kinds as ChangeKind[];
}

/** The contract's change request, or NOT_FOUND (also for a malformed id or another contract's); `forUpdate` locks it. */
export async function findChangeRequest(
  db: DbOrTx,
  contractId: string,
  changeId: unknown,
  options: { forUpdate?: boolean } = {},
): Promise<ChangeRequestRow> {
  if (!isUuid(changeId)) throw new AppError("NOT_FOUND", "error.notFound");
  const query = db
    .select()
    .from(contractChangeRequests)
    .where(and(eq(contractChangeRequests.id, changeId), eq(contractChangeRequests.contractId, contractId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

/** One version of the contract by its number, with its content. */
export async function contractVersionOf(
  db: DbOrTx,
  contractId: string,
  number: number,
): Promise<ContractVersionRow & { document: ContractContent }> {
  const [row] = await db
    .select()
    .from(contractVersions)
    .where(and(eq(contractVersions.contractId, contractId), eq(contractVersions.number, number)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return { ...row, document: readContractContent(row.content) };
}

/** The contract's annex by its number (Aneks nr N), with its content. */
export async function annexVersionOf(db: DbOrTx, contractId: string, annexNumber: unknown) {
  const n = Number(annexNumber);
  if (!Number.isSafeInteger(n) || n < 1) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await db
    .select()
    .from(contractVersions)
    .where(
      and(
        eq(contractVersions.contractId, contractId),
        eq(contractVersions.kind, "annex"),
        eq(contractVersions.annexNumber, n),
      ),
    )
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return { ...row, document: readContractContent(row.content) };
}

/** How many annexes the contract has. */
export async function annexCountOf(db: DbOrTx, contractId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(contractVersions)
    .where(and(eq(contractVersions.contractId, contractId), eq(contractVersions.kind, "annex")));
  return Number(row?.n ?? 0);
}

/** What a request of this contract is checked against: its grant, its schedule, the competition's rules. */
export async function changeContextOf(
  db: DbOrTx,
  tenantId: string,
  contract: ContractRow,
  content: ContractContent,
): Promise<ChangeContext> {
  const competition = await readCompetitionParameters({
    db,
    tenantId,
    competitionId: contract.competitionId,
  });
  return {
    grantAmount: contract.grantAmount,
    actionCount: content.document.sections.task.actions.length,
    rules: offerRulesOf(competition),
    sections: content.document.sections,
  };
}

export async function organizationNameOf(db: DbOrTx, organizationId: string): Promise<string> {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.name ?? "";
}

/** The pages of a change request, for links in mail. */
export const changeLinks = {
  ngo: (appUrl: string, contractId: string, changeId: string) =>
    `${appUrl.replace(/\/$/, "")}/panel/umowy/${contractId}/zmiany/${changeId}`,
  office: (appUrl: string, contractId: string, changeId: string) =>
    `${appUrl.replace(/\/$/, "")}/urzad/umowy/${contractId}/zmiany/${changeId}`,
};
