import type { DbOrTx } from "../db/client.server";

/** Where the bytes of uploaded files live; stored_files.storage names it for every row. */
export type FileStorageName = "disk" | "database";

/**
 * The bytes of uploaded files behind one interface: on disk (one node or a shared volume) or in
 * the database (stateless nodes). Keys come from newKey() and never from anything a user typed.
 */
export interface FileStorage {
  readonly name: FileStorageName;
  /**
   * True when the bytes commit or roll back with the metadata row (the database storage); false
   * when they are written outside any transaction (disk), so they go first and are removed last.
   */
  readonly transactional: boolean;
  /** The key for a new file, from its generated id (a UUID). */
  newKey(fileId: string): string;
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when there are none under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes; removing missing bytes is not an error. */
  delete(key: string): Promise<void>;
  /** The same storage working in a transaction (the database storage writes its rows there). */
  within(db: DbOrTx): FileStorage;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A generated file id (lower-case UUID); anything else is refused before it reaches a path or a query. */
export function isFileId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/**
 * The configured storage for new files, and every storage by name for reading and removing old
 * ones: a deployment that moves from disk to the database (to add nodes) still serves the files
 * written before the move.
 */
export interface FileStorages {
  readonly current: FileStorage;
  /** The storage a stored_files row names; throws for a name no storage has. */
  named(name: string): FileStorage;
}

/** Groups storages: the first is the current one. */
export function fileStorages(current: FileStorage, ...others: FileStorage[]): FileStorages {
  const all = [current, ...others];
  return {
    current,
    named(name) {
      const found = all.find((s) => s.name === name);
      if (!found) throw new Error(`no file storage named ${name}`);
      return found;
    },
  };
}
