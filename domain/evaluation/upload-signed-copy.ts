import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { signedCopies } from "../../platform/db/schema/evaluation";
import { extractPdfText } from "../../platform/documents/pdf-text.server";
import { AppError } from "../../platform/errors/app-error";
import { cleanFilename } from "../../platform/files/clean-filename";
import type { FileStorages } from "../../platform/files/file-storage";
import { fileRefusalError, inspectUpload } from "../../platform/files/inspect-upload";
import type { FileLimits } from "../../platform/files/limits";
import { describeContent } from "../../platform/files/sniff-content-type";
import { discardBytes, type StoredFile, storeFile } from "../../platform/files/store-file.server";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { factsOf, findOfferInTenant, offerorsOf, subjectOf } from "../offers/access";
import { assertCan } from "../offers/policy";
import { requireUserId } from "../organizations/access";
import { readVersions } from "./access";
import { compareChecksums, findChecksums, type SignedCopyMatch } from "./signed-copy-match";

export interface UploadSignedCopyOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  files: FileStorages;
  limits: FileLimits;
  offerId: unknown;
  filename: string;
  bytes: Uint8Array;
}

export interface UploadedSignedCopy {
  id: string;
  match: SignedCopyMatch;
  extractedChecksum: string | null;
  /** The number of the older version the copy carries, when it is not the current one. */
  olderVersionNumber: number | null;
}

/**
 * An editor of an offeror uploads the signed PDF of the submitted offer (PROCESS.md §3). The file
 * must be a readable PDF (the type is sniffed, the limits hold; a broken file is refused in Polish
 * and the refusal audited). Every checksum printed in its text is compared with the offer's
 * versions: `match` (the current version), `mismatch` (an older version's, named, or another),
 * `not_found` (a scan without text: the officer compares by eye). The text is read before the
 * transaction, which stays short.
 */
export async function uploadSignedCopy(options: UploadSignedCopyOptions): Promise<UploadedSignedCopy> {
  const userId = requireUserId(options.actor);
  const refuse = async (reason: string, error: AppError) => {
    await writeAudit(options.db, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: String(options.offerId),
      action: "evaluation.signedCopyRefused",
      after: {
        reason,
        size: options.bytes.byteLength,
        filename: cleanFilename(options.filename),
        sniffedType: describeContent(options.bytes),
      },
    });
    return error;
  };
  // Who may upload is settled before anything is read or audited: strangers get 404/403 alone.
  await assertMayUpload(options.db, options, userId);
  const inspection = inspectUpload(options.bytes, options.limits);
  if (!inspection.ok)
    throw await refuse(
      inspection.reason,
      fileRefusalError(inspection.reason, { size: inspection.size, max: options.limits.maxFileBytes }),
    );
  if (inspection.kind !== "pdf")
    throw await refuse(
      "notPdf",
      new AppError("VALIDATION", "files.refused.title", {
        fieldErrors: { file: ["evaluation.error.notPdf"] },
      }),
    );
  const text = await extractPdfText(options.bytes, { maxPages: 50, timeoutMs: 15_000 });
  if (!text.ok)
    throw await refuse(
      text.reason,
      new AppError("VALIDATION", "files.refused.title", {
        fieldErrors: { file: ["evaluation.error.brokenPdf"] },
      }),
    );
  const found = findChecksums(text.text);

  let written: StoredFile | null = null;
  try {
    return await options.db.transaction(async (tx) => {
      const offer = await assertMayUpload(tx, options, userId, true);
      const versions = await readVersions(tx, offer.id);
      const result = compareChecksums(found, versions, offer.submittedVersionId as string);
      written = await storeFile({
        db: tx,
        storage: options.files.current,
        tenantId: options.tenantId,
        userId,
        filename: options.filename,
        bytes: options.bytes,
      });
      const now = options.clock.now();
      const [row] = await tx
        .insert(signedCopies)
        .values({
          tenantId: options.tenantId,
          offerId: offer.id,
          fileId: written.id,
          extractedChecksum: result.extractedChecksum,
          versionId: result.versionId,
          match: result.match,
          uploadedBy: userId,
          uploadedAt: now,
        })
        .returning({ id: signedCopies.id });
      if (!row) throw new Error("signed copy not recorded");
      await writeAudit(tx, {
        tenantId: options.tenantId,
        actor: options.actor,
        entityType: "offer",
        entityId: offer.id,
        action: "evaluation.signedCopyUploaded",
        after: {
          signedCopyId: row.id,
          fileId: written.id,
          filename: written.filename,
          sha256: written.sha256,
          match: result.match,
          extractedChecksum: result.extractedChecksum,
          versionId: result.versionId,
          checksumsFound: found.length,
        },
      });
      return {
        id: row.id,
        match: result.match,
        extractedChecksum: result.extractedChecksum,
        olderVersionNumber: result.olderVersionNumber,
      };
    });
  } catch (error) {
    if (written) await discardBytes(options.files.current, written);
    throw error;
  }
}

/** An editor of an offeror of a submitted offer (NOT_FOUND / FORBIDDEN / CONFLICT otherwise). */
async function assertMayUpload(
  db: Parameters<typeof findOfferInTenant>[0],
  options: UploadSignedCopyOptions,
  userId: string,
  forUpdate = false,
) {
  const offer = await findOfferInTenant(db, options.tenantId, options.offerId, { forUpdate });
  const offerors = await offerorsOf(db, offer, userId);
  const competition = await getCompetitionParameters({
    db,
    tenantId: options.tenantId,
    competitionId: offer.competitionId,
  });
  assertCan(subjectOf(offerors), "edit", factsOf(offer, competition.departmentId));
  if (offer.status !== "submitted" || !offer.submittedVersionId)
    throw new AppError("CONFLICT", "evaluation.error.notSubmitted");
  return offer;
}
