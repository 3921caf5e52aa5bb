import { eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { storedFiles } from "../../platform/db/schema/files";
import { offerAttachments, offers } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { cleanFilename } from "../../platform/files/clean-filename";
import type { FileStorages } from "../../platform/files/file-storage";
import { type FileRefusalReason, fileRefusalError, inspectUpload } from "../../platform/files/inspect-upload";
import type { FileLimits } from "../../platform/files/limits";
import { describeContent } from "../../platform/files/sniff-content-type";
import { discardBytes, type StoredFile, storeFile } from "../../platform/files/store-file.server";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { requireUserId } from "../organizations/access";
import { assertAttachmentsEditable, factsOf, findOfferInTenant, offerorsOf, subjectOf } from "./access";
import { assertCan } from "./policy";

export interface AttachOfferFileOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  files: FileStorages;
  limits: FileLimits;
  offerId: unknown;
  /** The label of the competition's required attachment this file answers; empty or null for "other". */
  requirement: string | null | undefined;
  /** The name the browser sent (cleaned before it is stored or audited). */
  filename: string;
  bytes: Uint8Array;
}

/** Why an upload was refused before it reached the use case: the request itself was too large. */
export type AttachmentRefusalReason = FileRefusalReason | "requestTooLarge";

/**
 * A member who may edit the offer attaches a file while the competition is open, optionally as
 * the answer to one of its required attachments. The type is sniffed from the content against
 * the allow-list; the file's and the offer's size limits hold. The attachment list is part of the
 * submitted document (its SHA-256 is frozen), so the offer's revision goes up and a submitted
 * offer may be submitted again. A refused file is a VALIDATION error on "file" whose audit line
 * ("offer.attachmentRefused") is written after the rollback, so it stays.
 */
export async function attachOfferFile(
  options: AttachOfferFileOptions,
): Promise<{ attachmentId: string; fileId: string; revision: number }> {
  const userId = requireUserId(options.actor);
  let written: StoredFile | null = null;
  try {
    return await options.db.transaction(async (tx) => {
      // The offer row is locked first: uploads, removals and a submission of one offer queue up,
      // so the offer's total and the frozen attachment list are never raced.
      const offer = await findOfferInTenant(tx, options.tenantId, options.offerId, { forUpdate: true });
      const offerors = await offerorsOf(tx, offer, userId);
      const competition = await getCompetitionParameters({
        db: tx,
        tenantId: options.tenantId,
        competitionId: offer.competitionId,
      });
      assertCan(subjectOf(offerors), "edit", factsOf(offer, competition.departmentId));
      const now = options.clock.now();
      await assertAttachmentsEditable(tx, offer, competition, now);
      const requirement = options.requirement?.trim() || null;
      if (requirement !== null && !competition.requiredAttachments.some((r) => r.label === requirement))
        throw new AppError("VALIDATION", "error.validation", {
          fieldErrors: { requirement: ["form.invalidChoice"] },
        });

      const inspection = inspectUpload(options.bytes, options.limits);
      if (!inspection.ok)
        throw new UploadRefused(inspection.reason, {
          size: inspection.size,
          max: options.limits.maxFileBytes,
        });
      const used = await attachedBytes(tx, offer.id);
      if (used + inspection.size > options.limits.maxOfferBytes)
        throw new UploadRefused("totalTooLarge", {
          size: inspection.size,
          total: used + inspection.size,
          max: options.limits.maxOfferBytes,
        });

      written = await storeFile({
        db: tx,
        storage: options.files.current,
        tenantId: options.tenantId,
        userId,
        filename: options.filename,
        bytes: options.bytes,
      });
      const [attachment] = await tx
        .insert(offerAttachments)
        .values({ offerId: offer.id, fileId: written.id, requirement, uploadedBy: userId, createdAt: now })
        .returning({ id: offerAttachments.id });
      if (!attachment) throw new Error("attachment not recorded");
      const [updated] = await tx
        .update(offers)
        .set({ revision: sql`${offers.revision} + 1`, updatedAt: now })
        .where(eq(offers.id, offer.id))
        .returning({ revision: offers.revision });
      if (!updated) throw new Error("offer vanished during upload");
      await writeAudit(tx, {
        tenantId: options.tenantId,
        actor: options.actor,
        entityType: "offer",
        entityId: offer.id,
        action: "offer.attachmentAdded",
        after: {
          attachmentId: attachment.id,
          fileId: written.id,
          requirement,
          filename: written.filename,
          contentType: written.contentType,
          size: written.size,
          sha256: written.sha256,
        },
      });
      return { attachmentId: attachment.id, fileId: written.id, revision: updated.revision };
    });
  } catch (error) {
    if (written) await discardBytes(options.files.current, written);
    if (error instanceof UploadRefused) {
      await auditRefusal(options.db, {
        tenantId: options.tenantId,
        actor: options.actor,
        offerId: String(options.offerId),
        reason: error.reason,
        size: options.bytes.byteLength,
        filename: options.filename,
        sniffedType: describeContent(options.bytes),
      });
      throw fileRefusalError(error.reason, error.numbers);
    }
    throw error;
  }
}

/**
 * A request refused before its file was read (larger than the limit allows, by its declared or
 * actual length): checks that the person may edit this offer (NOT_FOUND / FORBIDDEN otherwise, so
 * strangers cannot fill the audit log), writes "offer.attachmentRefused" and returns the error to
 * show on the form.
 */
export async function refuseOversizedAttachment(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  offerId: unknown;
  size: number | null;
  filename: string | null;
  limits: FileLimits;
}): Promise<AppError> {
  const userId = requireUserId(options.actor);
  const offer = await findOfferInTenant(options.db, options.tenantId, options.offerId);
  const offerors = await offerorsOf(options.db, offer, userId);
  const competition = await getCompetitionParameters({
    db: options.db,
    tenantId: options.tenantId,
    competitionId: offer.competitionId,
  });
  assertCan(subjectOf(offerors), "edit", factsOf(offer, competition.departmentId));
  await auditRefusal(options.db, {
    tenantId: options.tenantId,
    actor: options.actor,
    offerId: offer.id,
    reason: "requestTooLarge",
    size: options.size,
    filename: options.filename,
    sniffedType: null,
  });
  return fileRefusalError("tooLarge", {
    ...(options.size !== null ? { size: options.size } : {}),
    max: options.limits.maxFileBytes,
  });
}

/** The bytes already attached to an offer. */
async function attachedBytes(db: DbOrTx, offerId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${storedFiles.size}), 0)` })
    .from(offerAttachments)
    .innerJoin(storedFiles, eq(storedFiles.id, offerAttachments.fileId))
    .where(eq(offerAttachments.offerId, offerId));
  return Number(row?.total ?? 0);
}

async function auditRefusal(
  db: Db,
  entry: {
    tenantId: string;
    actor: Actor;
    offerId: string;
    reason: AttachmentRefusalReason;
    size: number | null;
    filename: string | null;
    sniffedType: string | null;
  },
): Promise<void> {
  await writeAudit(db, {
    tenantId: entry.tenantId,
    actor: entry.actor,
    entityType: "offer",
    entityId: entry.offerId,
    action: "offer.attachmentRefused",
    after: {
      reason: entry.reason,
      size: entry.size,
      filename: entry.filename === null ? null : cleanFilename(entry.filename),
      sniffedType: entry.sniffedType,
    },
  });
}

/** Thrown inside the transaction so it rolls back; turned into the VALIDATION error after the audit. */
class UploadRefused extends Error {
  constructor(
    readonly reason: FileRefusalReason,
    readonly numbers: { size?: number; max?: number; total?: number },
  ) {
    super(`upload refused: ${reason}`);
  }
}
