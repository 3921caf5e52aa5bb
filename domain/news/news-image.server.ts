import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { storedFiles } from "../../platform/db/schema/files";
import { databaseFileStorage } from "../../platform/files/database-file-storage.server";
import { fileStorages } from "../../platform/files/file-storage";
import { sniffContentType } from "../../platform/files/sniff-content-type";
import { readStoredFile, storeFile } from "../../platform/files/store-file.server";
import { NEWS_IMAGE_MAX_BYTES, NEWS_IMAGE_TYPES, type NewsImageType } from "./rules";

/*
 * The news picture's bytes go through platform/files (ADR 009): storeFile with the database
 * storage, so every node on one PostgreSQL sees them and they commit with the news row. The
 * process's configured FileStorages are not in the services yet; when they are, the use cases can
 * take them and pictures follow FILE_STORAGE (reads already follow the storage a row names).
 * Pictures are stricter than attachments: JPEG or PNG only, at most 2 MB.
 */

export interface UploadedImage {
  bytes: Uint8Array;
  filename: string;
}

/** The picture's type by its magic bytes (the platform's sniffer), when it is a JPEG or a PNG; else null. */
export function sniffImageType(bytes: Uint8Array): NewsImageType | null {
  const sniffed = sniffContentType(bytes);
  if (!sniffed.ok) return null;
  return NEWS_IMAGE_TYPES.find((type) => type === sniffed.contentType) ?? null;
}

/** The i18n key of what is wrong with an upload, or null when it may be stored. */
export function imageProblem(image: UploadedImage): string | null {
  if (image.bytes.length > NEWS_IMAGE_MAX_BYTES) return "news.error.imageTooLarge";
  if (!sniffImageType(image.bytes)) return "news.error.imageType";
  return null;
}

/** Stores a checked picture inside the caller's transaction and returns its file id. */
export async function storeNewsImage(
  tx: DbOrTx,
  options: { tenantId: string; uploadedBy: string | null; image: UploadedImage },
): Promise<string> {
  if (imageProblem(options.image)) throw new Error("storeNewsImage needs a checked image");
  const stored = await storeFile({
    db: tx,
    storage: databaseFileStorage(tx),
    tenantId: options.tenantId,
    userId: options.uploadedBy,
    filename: options.image.filename,
    bytes: options.image.bytes,
  });
  return stored.id;
}

/** The bytes and the sniffed type of a stored picture, or null. */
export async function readStoredImage(
  db: DbOrTx,
  fileId: string,
): Promise<{ bytes: Buffer; contentType: string } | null> {
  const [row] = await db
    .select({
      storage: storedFiles.storage,
      storageKey: storedFiles.storageKey,
      contentType: storedFiles.contentType,
    })
    .from(storedFiles)
    .where(eq(storedFiles.id, fileId))
    .limit(1);
  if (!row) return null;
  const bytes = await readStoredFile(db, fileStorages(databaseFileStorage(db)), row);
  return bytes ? { bytes, contentType: row.contentType } : null;
}
