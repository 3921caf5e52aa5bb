import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { storedFiles } from "../../platform/db/schema/files";
import { offerAttachments, offers, offerVersions } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import type { FileStorages } from "../../platform/files/file-storage";
import { deleteStoredFile } from "../../platform/files/store-file.server";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { isUuid, requireUserId } from "../organizations/access";
import { assertAttachmentsEditable, factsOf, findOfferInTenant, offerorsOf, subjectOf } from "./access";
import { assertCan } from "./policy";

export interface RemoveOfferAttachmentOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  files: FileStorages;
  offerId: unknown;
  attachmentId: unknown;
}

/**
 * A member who may edit the offer removes one of its attachments while the competition is open;
 * the revision goes up (the list is part of the submitted document). The file itself is deleted
 * unless a submitted version names it (by SHA-256): a submitted document never changes
 * (PROCESS.md §11), so what it was submitted with stays.
 */
export async function removeOfferAttachment(
  options: RemoveOfferAttachmentOptions,
): Promise<{ revision: number }> {
  const userId = requireUserId(options.actor);
  const { revision, afterCommit } = await options.db.transaction(async (tx) => {
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
    if (!isUuid(options.attachmentId)) throw new AppError("NOT_FOUND", "error.notFound");
    const [attachment] = await tx
      .select({
        id: offerAttachments.id,
        requirement: offerAttachments.requirement,
        file: storedFiles,
      })
      .from(offerAttachments)
      .innerJoin(storedFiles, eq(storedFiles.id, offerAttachments.fileId))
      .where(and(eq(offerAttachments.id, options.attachmentId), eq(offerAttachments.offerId, offer.id)))
      .limit(1);
    if (!attachment) throw new AppError("NOT_FOUND", "error.notFound");

    await tx.delete(offerAttachments).where(eq(offerAttachments.id, attachment.id));
    const frozen = await isInSubmittedVersion(tx, offer.id, attachment.file.sha256);
    const afterCommit = frozen ? async () => {} : await deleteStoredFile(tx, options.files, attachment.file);
    const [updated] = await tx
      .update(offers)
      .set({ revision: sql`${offers.revision} + 1`, updatedAt: now })
      .where(eq(offers.id, offer.id))
      .returning({ revision: offers.revision });
    if (!updated) throw new Error("offer vanished during removal");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: "offer.attachmentRemoved",
      before: {
        attachmentId: attachment.id,
        fileId: attachment.file.id,
        requirement: attachment.requirement,
        filename: attachment.file.filename,
        size: attachment.file.size,
        sha256: attachment.file.sha256,
      },
      after: { fileKept: frozen },
    });
    return { revision: updated.revision, afterCommit };
  });
  await afterCommit();
  return { revision };
}

/** Whether a submitted version of the offer lists a file with this SHA-256. */
async function isInSubmittedVersion(db: DbOrTx, offerId: string, sha256: string): Promise<boolean> {
  const [row] = await db
    .select({ id: offerVersions.id })
    .from(offerVersions)
    .where(
      and(
        eq(offerVersions.offerId, offerId),
        sql`${offerVersions.content}->'attachments' @> ${JSON.stringify([{ sha256 }])}::jsonb`,
      ),
    )
    .limit(1);
  return row !== undefined;
}
