import { and, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { offerVersions } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { factsOf, findOfferInTenant, offerorsOf, subjectOf } from "./access";
import type { OfferDocument } from "./document";
import { tenantNameOf } from "./offer-content";
import { can, type StaffRoleName } from "./policy";

export interface OfferVersionView {
  offerId: string;
  versionId: string;
  number: number;
  document: OfferDocument;
  checksum: string;
  receiptNumber: string;
  submittedAt: Date;
  tenantName: string;
}

/**
 * A submitted version exactly as frozen, for its HTML view and PDF: for the offerors' people and
 * for office staff of the competition's department (PROCESS.md §11: a submitted document never
 * changes). NOT_FOUND for a malformed id or number, FORBIDDEN for anyone else.
 */
export async function getOfferVersion(options: {
  db: Db;
  tenantId: string;
  userId: string | null;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  offerId: unknown;
  versionNumber: unknown;
}): Promise<OfferVersionView> {
  const { db } = options;
  const number = Number(options.versionNumber);
  if (!Number.isSafeInteger(number) || number < 1) throw new AppError("NOT_FOUND", "error.notFound");
  const offer = await findOfferInTenant(db, options.tenantId, options.offerId);
  const offerors = await offerorsOf(db, offer, options.userId);
  const competition = await getCompetitionParameters({
    db,
    tenantId: options.tenantId,
    competitionId: offer.competitionId,
  });
  const subject = subjectOf(offerors, options.staffRoles);
  const facts = factsOf(offer, competition.departmentId);
  if (!can(subject, "view", facts) && !can(subject, "office.view", facts))
    throw new AppError("FORBIDDEN", "error.forbidden");
  const [version] = await db
    .select()
    .from(offerVersions)
    .where(and(eq(offerVersions.offerId, offer.id), eq(offerVersions.number, number)))
    .limit(1);
  if (!version) throw new AppError("NOT_FOUND", "error.notFound");
  return {
    offerId: offer.id,
    versionId: version.id,
    number: version.number,
    document: version.content as unknown as OfferDocument,
    checksum: version.checksum,
    receiptNumber: version.receiptNumber,
    submittedAt: version.submittedAt,
    tenantName: await tenantNameOf(db, options.tenantId),
  };
}
