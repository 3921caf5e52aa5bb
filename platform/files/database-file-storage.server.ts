import { eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client.server";
import { storedFileBlobs } from "../db/schema/files";
import { type FileStorage, isFileId } from "./file-storage";

/**
 * Files as rows of stored_file_blobs (bytea), keyed by the stored_files id: every app node on
 * one PostgreSQL (or the one PGlite process) sees the same files, and the bytes commit or roll
 * back with their metadata row. The row must exist before its bytes (foreign key).
 */
export function databaseFileStorage(db: DbOrTx): FileStorage {
  function idOf(key: string): string {
    if (!isFileId(key)) throw new Error("invalid file storage key");
    return key;
  }
  return {
    name: "database",
    transactional: true,
    newKey(fileId) {
      return idOf(fileId);
    },
    async put(key, bytes) {
      const data = Buffer.isBuffer(bytes)
        ? bytes
        : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      await db.insert(storedFileBlobs).values({ fileId: idOf(key), data });
    },
    async get(key) {
      const [row] = await db
        .select({ data: storedFileBlobs.data })
        .from(storedFileBlobs)
        .where(eq(storedFileBlobs.fileId, idOf(key)))
        .limit(1);
      return row?.data ?? null;
    },
    async delete(key) {
      await db.delete(storedFileBlobs).where(eq(storedFileBlobs.fileId, idOf(key)));
    },
    within(tx) {
      return databaseFileStorage(tx);
    },
  };
}
