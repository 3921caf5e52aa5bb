import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { databaseFileStorage } from "./database-file-storage.server";
import { diskFileStorage } from "./disk-file-storage.server";
import { type FileStorage, fileStorages } from "./file-storage";
import { fileLimitsFromEnv, fileStoragesFromEnv } from "./file-storage-from-env.server";
import { MIB } from "./limits";
import { deleteStoredFile, discardBytes, readStoredFile, storeFile } from "./store-file.server";
import { samplePdf, samplePng } from "./testing/sample-files";

describe("file storages on the test database", () => {
  const t = useTestDatabase();
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "pozytek-files-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const storages = () => fileStorages(diskFileStorage(root), databaseFileStorage(t.db));

  describe.each(["disk", "database"] as const)("%s storage", (name) => {
    const storageOf = (): FileStorage => storages().named(name);

    it("stores a file with its sniffed type, size and SHA-256, and reads the same bytes back", async () => {
      const bytes = samplePdf();
      const file = await t.db.transaction((tx) =>
        storeFile({
          db: tx,
          storage: storageOf(),
          tenantId: null,
          userId: null,
          filename: "../../tajne/Statut zażółć.exe",
          bytes,
        }),
      );
      expect(file).toMatchObject({
        storage: name,
        filename: "Statut zażółć.exe.pdf",
        contentType: "application/pdf",
        size: bytes.length,
      });
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(file.storageKey).not.toContain("Statut");
      const read = await readStoredFile(t.db, storages(), file);
      expect(read && new Uint8Array(read)).toEqual(bytes);

      const afterCommit = await t.db.transaction((tx) => deleteStoredFile(tx, storages(), file));
      await afterCommit();
      expect(await readStoredFile(t.db, storages(), file)).toBeNull();
    });

    it("keeps nothing of a rolled-back store once the caller discards the bytes", async () => {
      const storage = storageOf();
      let written: { storageKey: string } | null = null;
      await expect(
        t.db.transaction(async (tx) => {
          written = await storeFile({
            db: tx,
            storage,
            tenantId: null,
            userId: null,
            filename: "a.png",
            bytes: samplePng(),
          });
          throw new Error("rollback");
        }),
      ).rejects.toThrow("rollback");
      if (!written) throw new Error("not written");
      await discardBytes(storage, written);
      expect(await storage.within(t.db).get((written as { storageKey: string }).storageKey)).toBeNull();
    });

    it("refuses keys it did not generate", async () => {
      const storage = storageOf();
      await expect(storage.get("../../etc/passwd")).rejects.toThrow("invalid file storage key");
      await expect(storage.put("ab/cd/../../x", samplePng())).rejects.toThrow("invalid file storage key");
    });
  });

  describe("disk storage", () => {
    it("shards by the id and leaves no temporary file behind", async () => {
      const storage = diskFileStorage(root);
      const id = "3fa2b1c4-0000-4000-8000-000000000001";
      const key = storage.newKey(id);
      expect(key).toBe(`3f/a2/${id}`);
      await storage.put(key, samplePng());
      expect(await readdir(path.join(root, "3f", "a2"))).toEqual([id]);
      expect((await stat(path.join(root, key))).size).toBe(samplePng().length);
      await storage.delete(key);
      await storage.delete(key); // deleting twice is fine
    });
  });

  describe("configuration", () => {
    it("chooses the storage and limits from the environment", () => {
      const env = { DATA_DIR: root, FILES_DIR: undefined, FILES_MAX_FILE_MB: 10, FILES_MAX_OFFER_MB: 50 };
      expect(fileStoragesFromEnv({ ...env, FILE_STORAGE: "disk" }, t.db).current.name).toBe("disk");
      const database = fileStoragesFromEnv({ ...env, FILE_STORAGE: "database" }, t.db);
      expect(database.current.name).toBe("database");
      expect(database.named("disk").name).toBe("disk");
      expect(fileLimitsFromEnv(env)).toEqual({ maxFileBytes: 10 * MIB, maxOfferBytes: 50 * MIB });
    });
  });
});
