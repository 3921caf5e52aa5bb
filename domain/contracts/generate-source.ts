import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { contracts } from "../../platform/db/schema/contracts";
import { competitionResults } from "../../platform/db/schema/evaluation";
import { offerVersions } from "../../platform/db/schema/offers";
import { organizations } from "../../platform/db/schema/organizations";
import { departments, tenants } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { readTenantSettings, type TenantSettings } from "../../platform/tenancy/settings";
import { type CompetitionRow, findCompetitionInTenant } from "../competitions/access";
import { findOfferInTenant, type OfferRow } from "../offers/access";
import type { OfferDocument } from "../offers/document";
import { latestRoundOf } from "../updates/access";
import type { ContractRow, StaffRoles } from "./access";
import { type ContractAction, mayAct } from "./policy";

/*
 * What a contract is drawn up from (PROCESS.md §4): an offer of a resolved competition that the
 * published result funds; when it awards less than asked, the accepted update's version (UDPP
 * art. 17 read with the update round), otherwise the submitted version. Refusals are CONFLICTs
 * with their own keys, so the office's page can say why no contract can be drawn up yet.
 */

export interface ContractSource {
  offer: OfferRow;
  competition: CompetitionRow;
  grant: number;
  version: { id: string; receiptNumber: string; checksum: string; document: OfferDocument };
  departmentCode: string;
  tenantName: string;
  settings: TenantSettings;
  organizationIban: string | null;
}

/** The offer as the office may draw its contract up: FORBIDDEN for another department's officer. */
export async function findOfferForContract(
  db: DbOrTx,
  options: {
    tenantId: string;
    offerId: unknown;
    staffRoles: StaffRoles;
    action: ContractAction;
    forUpdate?: boolean;
  },
): Promise<{ offer: OfferRow; competition: CompetitionRow }> {
  const offer = await findOfferInTenant(db, options.tenantId, options.offerId, {
    forUpdate: options.forUpdate,
  });
  const competition = await findCompetitionInTenant(db, options.tenantId, offer.competitionId);
  if (!mayAct({ memberRoles: [], staffRoles: options.staffRoles }, options.action, competition.departmentId))
    throw new AppError("FORBIDDEN", "error.forbidden");
  if (!offer.submittedVersionId) throw new AppError("NOT_FOUND", "error.notFound");
  return { offer, competition };
}

/** The offer's contract, if one was drawn up. */
export async function contractOfOffer(db: DbOrTx, offerId: string): Promise<ContractRow | null> {
  const [row] = await db.select().from(contracts).where(eq(contracts.offerId, offerId)).limit(1);
  return row ?? null;
}

/** The source of the contract, or CONFLICT with the reason ("contracts.generate.error.*"). */
export async function contractSourceOf(
  db: DbOrTx,
  options: { tenantId: string; offer: OfferRow; competition: CompetitionRow },
): Promise<ContractSource> {
  const { offer, competition } = options;
  if (competition.status !== "resolved")
    throw new AppError("CONFLICT", "contracts.generate.error.notResolved");
  if (offer.status === "withdrawn") throw new AppError("CONFLICT", "contracts.generate.error.withdrawn");
  const [result] = await db
    .select()
    .from(competitionResults)
    .where(
      and(eq(competitionResults.offerId, offer.id), eq(competitionResults.competitionId, competition.id)),
    )
    .limit(1);
  if (result?.status !== "funded" || result.awardedAmount <= 0)
    throw new AppError("CONFLICT", "contracts.generate.error.notFunded");
  let versionId = offer.submittedVersionId;
  if (result.awardedAmount < result.requestedAmount) {
    const round = await latestRoundOf(db, offer.id);
    if (round?.status === "withdrawn") throw new AppError("CONFLICT", "contracts.generate.error.declined");
    if (round?.status !== "accepted" || !round.versionId)
      throw new AppError("CONFLICT", "contracts.generate.error.updateNotAccepted");
    versionId = round.versionId;
  }
  const [version] = await db
    .select()
    .from(offerVersions)
    .where(and(eq(offerVersions.id, versionId ?? ""), eq(offerVersions.offerId, offer.id)))
    .limit(1);
  if (!version) throw new AppError("NOT_FOUND", "error.notFound");
  const [department] = await db
    .select({ code: departments.code })
    .from(departments)
    .where(eq(departments.id, competition.departmentId))
    .limit(1);
  const [tenant] = await db.select().from(tenants).where(eq(tenants.id, options.tenantId)).limit(1);
  const [organization] = await db
    .select({ iban: organizations.iban })
    .from(organizations)
    .where(eq(organizations.id, offer.organizationId))
    .limit(1);
  return {
    offer,
    competition,
    grant: result.awardedAmount,
    version: {
      id: version.id,
      receiptNumber: version.receiptNumber,
      checksum: version.checksum,
      document: version.content as unknown as OfferDocument,
    },
    departmentCode: department?.code ?? "",
    tenantName: tenant?.name ?? "",
    settings: readTenantSettings(tenant?.settings),
    organizationIban: organization?.iban ?? null,
  };
}
