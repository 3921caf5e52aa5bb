import { and, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { storedFiles } from "../../platform/db/schema/files";
import { offerAttachments } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import type { FileStorages } from "../../platform/files/file-storage";
import { readStoredFile } from "../../platform/files/store-file.server";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { isUuid } from "../organizations/access";
import { factsOf, findOfferInTenant, offerorsOf, subjectOf } from "./access";
import { assertCan, can, type StaffRoleName } from "./policy";

export interface OfferAttachmentDownload {
  filename: string;
  /** The sniffed type stored with the file, never the one the browser claimed. */
  contentType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/**
 * One attachment of an offer, for download: the offerors' people always; office staff of the
 * competition's department (coordinators and administrators everywhere) once the offer has been
 * submitted at least once — a draft's files stay the organisation's (NOT_FOUND for staff).
 * Another tenant's offer, or an attachment of another offer, is NOT_FOUND; anyone else FORBIDDEN.
 */
export async function getOfferAttachment(options: {
  db: Db;
  tenantId: string;
  userId: string | null;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  files: FileStorages;
  offerId: unknown;
  attachmentId: unknown;
}): Promise<OfferAttachmentDownload> {
  const { db } = options;
  const offer = await findOfferInTenant(db, options.tenantId, options.offerId);
  const offerors = await offerorsOf(db, offer, options.userId);
  const competition = await getCompetitionParameters({
    db,
    tenantId: options.tenantId,
    competitionId: offer.competitionId,
  });
  const subject = subjectOf(offerors, options.staffRoles);
  const facts = factsOf(offer, competition.departmentId);
  if (!can(subject, "view", facts)) assertCan(subject, "office.view", facts);

  if (!isUuid(options.attachmentId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [file] = await db
    .select({
      storage: storedFiles.storage,
      storageKey: storedFiles.storageKey,
      filename: storedFiles.filename,
      contentType: storedFiles.contentType,
      size: storedFiles.size,
      sha256: storedFiles.sha256,
    })
    .from(offerAttachments)
    .innerJoin(storedFiles, eq(storedFiles.id, offerAttachments.fileId))
    .where(and(eq(offerAttachments.id, options.attachmentId), eq(offerAttachments.offerId, offer.id)))
    .limit(1);
  if (!file) throw new AppError("NOT_FOUND", "error.notFound");
  const bytes = await readStoredFile(db, options.files, file);
  // A row without its bytes is lost data, not a wrong link: let it reach the logs as a failure.
  if (!bytes)
    throw new Error(`offer attachment ${String(options.attachmentId)}: bytes missing from ${file.storage}`);
  return {
    filename: file.filename,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    bytes,
  };
}
