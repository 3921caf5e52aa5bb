import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { offerVersions } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { type CompetitionRow, findCompetitionInTenant } from "../competitions/access";
import { findOfferInTenant, type OfferRow } from "../offers/access";
import type { OfferDocument } from "../offers/document";
import type { StaffRoles } from "./access";
import { mayAct, type UpdateAction } from "./policy";

/**
 * A submitted offer as the office sees its update: the update's policy decides (an officer of
 * another department, and anyone without a staff role, is FORBIDDEN); a draft does not exist for
 * the office (NOT_FOUND).
 */
export async function findOfficeOffer(
  db: DbOrTx,
  options: {
    tenantId: string;
    offerId: unknown;
    staffRoles: StaffRoles;
    action: UpdateAction;
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

/** A frozen version of the offer with its content, or null. */
export async function versionOf(db: DbOrTx, offerId: string, versionId: string | null) {
  if (!versionId) return null;
  const [row] = await db
    .select()
    .from(offerVersions)
    .where(and(eq(offerVersions.id, versionId), eq(offerVersions.offerId, offerId)))
    .limit(1);
  return row ? { ...row, document: row.content as unknown as OfferDocument } : null;
}
