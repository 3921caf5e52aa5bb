import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { formalChecks, offerCorrections, signedCopies } from "../../platform/db/schema/evaluation";
import { offerVersions } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { type CompetitionRow, findCompetitionInTenant, subjectOf } from "../competitions/access";
import { assertCan, type StaffRoleName } from "../competitions/policy";
import { findOfferInTenant, type OfferRow, offerorsOf, offerRecipients } from "../offers/access";
import type { Recipient } from "../organizations/access";
import { type ChecklistItem, checklistOf } from "./checklist";

/** Helpers every use case of the formal check shares. */

export type StaffRoles = readonly { role: StaffRoleName; departmentId: string | null }[];
export type FormalCheckRow = typeof formalChecks.$inferSelect;
export type CorrectionRow = typeof offerCorrections.$inferSelect;

export interface CheckedOffer {
  offer: OfferRow;
  competition: CompetitionRow;
  checklist: ChecklistItem[];
  /** The submitted version under check. */
  versionId: string;
}

/**
 * A submitted offer in this tenant as the office evaluates it: the competition's policy decides
 * (`evaluation.run` to change, `evaluation.view` to read — an officer of another department is
 * FORBIDDEN), a draft or a withdrawn offer does not exist for the office (NOT_FOUND).
 */
export async function findCheckedOffer(
  db: DbOrTx,
  options: {
    tenantId: string;
    offerId: unknown;
    staffRoles: StaffRoles;
    action: "evaluation.run" | "evaluation.view";
    forUpdate?: boolean;
  },
): Promise<CheckedOffer> {
  const offer = await findOfferInTenant(db, options.tenantId, options.offerId, {
    forUpdate: options.forUpdate,
  });
  const competition = await findCompetitionInTenant(db, options.tenantId, offer.competitionId);
  assertCan(subjectOf(options.staffRoles), options.action, competition);
  if (offer.status !== "submitted" || !offer.submittedVersionId)
    throw new AppError("NOT_FOUND", "error.notFound");
  return {
    offer,
    competition,
    checklist: checklistOf(competition.formalChecklist),
    versionId: offer.submittedVersionId,
  };
}

export async function readFormalCheck(db: DbOrTx, offerId: string): Promise<FormalCheckRow | null> {
  const [row] = await db.select().from(formalChecks).where(eq(formalChecks.offerId, offerId)).limit(1);
  return row ?? null;
}

/** Every correction round of an offer, newest first. */
export async function readCorrections(db: DbOrTx, offerId: string): Promise<CorrectionRow[]> {
  return db
    .select()
    .from(offerCorrections)
    .where(eq(offerCorrections.offerId, offerId))
    .orderBy(desc(offerCorrections.requestedAt));
}

/** The open correction round of an offer (whatever its deadline), or null. */
export async function openCorrection(db: DbOrTx, offerId: string): Promise<CorrectionRow | null> {
  const [row] = await db
    .select()
    .from(offerCorrections)
    .where(and(eq(offerCorrections.offerId, offerId), eq(offerCorrections.status, "open")))
    .orderBy(desc(offerCorrections.requestedAt))
    .limit(1);
  return row ?? null;
}

/** The signed copies of an offer, newest first. */
export async function readSignedCopies(db: DbOrTx, offerId: string) {
  return db
    .select()
    .from(signedCopies)
    .where(eq(signedCopies.offerId, offerId))
    .orderBy(desc(signedCopies.uploadedAt), desc(signedCopies.id));
}

/** The versions of an offer with their kind (without content), oldest first. */
export async function readVersions(db: DbOrTx, offerId: string) {
  return db
    .select({
      id: offerVersions.id,
      number: offerVersions.number,
      kind: offerVersions.kind,
      receiptNumber: offerVersions.receiptNumber,
      checksum: offerVersions.checksum,
      revision: offerVersions.revision,
      submittedAt: offerVersions.submittedAt,
      replacesVersionId: offerVersions.replacesVersionId,
    })
    .from(offerVersions)
    .where(eq(offerVersions.offerId, offerId))
    .orderBy(asc(offerVersions.number));
}

/** The owners and editors of every offeror, to tell about the formal check. */
export async function offerorPeople(db: DbOrTx, offer: OfferRow): Promise<Recipient[]> {
  const offerors = await offerorsOf(db, offer, null);
  return offerRecipients(db, {
    organizationIds: offerors.map((o) => o.organizationId),
    roles: ["owner", "editor"],
  });
}

/** The offer's pages, for links in mail. */
export const evaluationLinks = {
  correction: (appUrl: string, offerId: string) =>
    `${appUrl.replace(/\/$/, "")}/panel/oferty/${offerId}/korekta`,
  offer: (appUrl: string, offerId: string) => `${appUrl.replace(/\/$/, "")}/panel/oferty/${offerId}`,
};
