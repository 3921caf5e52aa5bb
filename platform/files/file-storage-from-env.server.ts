import path from "node:path";
import type { Db } from "../db/client.server";
import type { Env } from "../env/env.server";
import { databaseFileStorage } from "./database-file-storage.server";
import { diskFileStorage } from "./disk-file-storage.server";
import { type FileStorages, fileStorages } from "./file-storage";
import { type FileLimits, MIB } from "./limits";

type FilesEnv = Pick<Env, "FILE_STORAGE" | "FILES_DIR" | "DATA_DIR">;

/**
 * The storages the environment names: new files go to FILE_STORAGE ("disk" under FILES_DIR,
 * default DATA_DIR/files; or "database"); files written under the other setting stay readable.
 */
export function fileStoragesFromEnv(env: FilesEnv, db: Db): FileStorages {
  const disk = diskFileStorage(env.FILES_DIR ?? path.join(env.DATA_DIR, "files"));
  const database = databaseFileStorage(db);
  return env.FILE_STORAGE === "database" ? fileStorages(database, disk) : fileStorages(disk, database);
}

/** The upload limits the environment sets (FILES_MAX_FILE_MB, FILES_MAX_OFFER_MB). */
export function fileLimitsFromEnv(env: Pick<Env, "FILES_MAX_FILE_MB" | "FILES_MAX_OFFER_MB">): FileLimits {
  return { maxFileBytes: env.FILES_MAX_FILE_MB * MIB, maxOfferBytes: env.FILES_MAX_OFFER_MB * MIB };
}
