import { createHash, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client.server";
import { storedFiles } from "../db/schema/files";
import { cleanFilename, withExtensionOf } from "./clean-filename";
import type { FileStorage, FileStorages } from "./file-storage";
import { sniffContentType } from "./sniff-content-type";

export type StoredFile = typeof storedFiles.$inferSelect;

export interface StoreFileOptions {
  /** The caller's transaction: the metadata row (and database-kept bytes) commit with its change. */
  db: DbOrTx;
  storage: FileStorage;
  tenantId: string | null;
  userId: string | null;
  /** The name as uploaded; cleaned here, never used for the storage key. */
  filename: string;
  bytes: Uint8Array;
}

/**
 * Stores an allow-listed file and returns its stored_files row (SHA-256, size, sniffed type).
 * Disk bytes are written (atomically) before the row, so a committed row never names missing
 * bytes; if the caller's transaction then rolls back, the caller removes them (discardBytes).
 * Database bytes follow the row they reference, in the same transaction. Callers inspect the
 * upload first (inspectUpload); a type outside the allow-list here is a programming error.
 */
export async function storeFile(options: StoreFileOptions): Promise<StoredFile> {
  const sniffed = sniffContentType(options.bytes);
  if (!sniffed.ok) throw new Error(`storeFile: refused content (${sniffed.reason}); inspect uploads first`);
  const storage = options.storage.within(options.db);
  const id = randomUUID();
  const key = storage.newKey(id);
  const row = {
    id,
    tenantId: options.tenantId,
    storage: storage.name,
    storageKey: key,
    filename: withExtensionOf(cleanFilename(options.filename), sniffed.kind),
    contentType: sniffed.contentType,
    size: options.bytes.byteLength,
    sha256: createHash("sha256").update(options.bytes).digest("hex"),
    uploadedBy: options.userId,
  };
  if (!storage.transactional) await storage.put(key, options.bytes);
  const [stored] = await options.db.insert(storedFiles).values(row).returning();
  if (!stored) throw new Error("stored file row not written");
  if (storage.transactional) await storage.put(key, options.bytes);
  return stored;
}

/** After a rolled-back transaction: removes bytes written outside it (disk); nothing to do for the database. */
export async function discardBytes(
  storage: FileStorage,
  file: Pick<StoredFile, "storageKey">,
): Promise<void> {
  if (storage.transactional) return;
  await storage.delete(file.storageKey).catch(() => {});
}

/** The bytes of a stored file from the storage its row names; null when they are gone. */
export async function readStoredFile(
  db: DbOrTx,
  storages: FileStorages,
  file: Pick<StoredFile, "storage" | "storageKey">,
): Promise<Buffer | null> {
  return storages.named(file.storage).within(db).get(file.storageKey);
}

/**
 * Deletes a stored file's row in the caller's transaction (database-kept bytes go with it by
 * cascade) and returns what to run after the commit: removing disk bytes inside a transaction
 * that may still roll back would leave a row without its bytes.
 */
export async function deleteStoredFile(
  db: DbOrTx,
  storages: FileStorages,
  file: Pick<StoredFile, "id" | "storage" | "storageKey">,
): Promise<() => Promise<void>> {
  const storage = storages.named(file.storage);
  await db.delete(storedFiles).where(eq(storedFiles.id, file.id));
  if (storage.transactional) return async () => {};
  return () => storage.delete(file.storageKey).catch(() => {});
}
