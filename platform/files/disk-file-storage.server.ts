import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm, unlink } from "node:fs/promises";
import path from "node:path";
import { type FileStorage, isFileId } from "./file-storage";

/** A disk key: two shard folders from the id's first hex digits, then the id ("3f/a2/3fa2…"). */
const DISK_KEY = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f-]{36})$/;

/**
 * Files under one root folder, sharded by the first four hex digits of their generated id so no
 * folder grows past a few thousand entries. A write goes to a temporary file that is synced and
 * then renamed into place: a crash leaves either no file or the whole file, never half of one.
 */
export function diskFileStorage(root: string): FileStorage {
  const absoluteRoot = path.resolve(root);

  function pathOf(key: string): string {
    const match = DISK_KEY.exec(key);
    if (!match || !isFileId(match[3]) || !match[3].startsWith(`${match[1]}${match[2]}`))
      throw new Error("invalid file storage key");
    return path.join(absoluteRoot, match[1] as string, match[2] as string, match[3]);
  }

  const storage: FileStorage = {
    name: "disk",
    transactional: false,
    newKey(fileId) {
      if (!isFileId(fileId)) throw new Error("invalid file id");
      return `${fileId.slice(0, 2)}/${fileId.slice(2, 4)}/${fileId}`;
    },
    async put(key, bytes) {
      const target = pathOf(key);
      const folder = path.dirname(target);
      await mkdir(folder, { recursive: true, mode: 0o750 });
      const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
      // "wx": never follow or overwrite something already there.
      const handle = await open(temporary, "wx", 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } catch (error) {
        await handle.close();
        await rm(temporary, { force: true });
        throw error;
      }
      await handle.close();
      await rename(temporary, target);
      await syncFolder(folder);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      try {
        await unlink(pathOf(key));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },
    within() {
      return storage;
    },
  };
  return storage;
}

/** Makes the rename durable: the folder's entry is flushed too (not supported everywhere; then skipped). */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(folder, "r");
    await handle.sync();
  } catch {
    // Some file systems (and Windows) refuse fsync on a directory; the file itself is synced.
  } finally {
    await handle?.close();
  }
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ENOENT";
}
