import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db/client.server";
import { storedFiles } from "../../platform/db/schema/files";
import { offerAttachments, offers } from "../../platform/db/schema/offers";
import { databaseFileStorage } from "../../platform/files/database-file-storage.server";
import { diskFileStorage } from "../../platform/files/disk-file-storage.server";
import { type FileStorages, fileStorages } from "../../platform/files/file-storage";
import { DEFAULT_FILE_LIMITS, type FileLimits } from "../../platform/files/limits";
import {
  compressedZipBomb,
  elfExecutable,
  sampleDocx,
  sampleOdt,
  samplePdf,
  samplePng,
} from "../../platform/files/testing/sample-files";
import { useTestDatabase } from "../../test/db";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { attachOfferFile, refuseOversizedAttachment } from "./attach-offer-file";
import { getOfferAttachment } from "./get-offer-attachment";
import { removeOfferAttachment } from "./remove-offer-attachment";
import { submitOffer } from "./submit-offer";
import {
  auditOfOffer,
  createOfferWorld,
  fillOffer,
  type OfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
} from "./testing/factories";

describe("attachments of an offer", () => {
  const t = useTestDatabase();
  const STATUTE = "Statut organizacji";
  let root: string;
  let world: OfferWorld;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "pozytek-offer-files-"));
    world = await createOfferWorld(t.db, { requiredAttachments: [{ label: STATUTE }] });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const databaseFiles = () => fileStorages(databaseFileStorage(t.db), diskFileStorage(root));
  const diskFiles = () => fileStorages(diskFileStorage(root), databaseFileStorage(t.db));

  function attach(
    offerId: string,
    file: { bytes: Uint8Array; filename?: string; requirement?: string | null },
    options: {
      by?: { id: string; email: string };
      files?: FileStorages;
      limits?: FileLimits;
      at?: string;
    } = {},
  ) {
    return attachOfferFile({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(options.by ?? world.owner),
      clock: offerClock(options.at),
      files: options.files ?? databaseFiles(),
      limits: options.limits ?? DEFAULT_FILE_LIMITS,
      offerId,
      requirement: file.requirement ?? null,
      filename: file.filename ?? "plik.pdf",
      bytes: file.bytes,
    });
  }

  async function revisionOf(db: Db, offerId: string) {
    const [row] = await db.select({ revision: offers.revision }).from(offers).where(eq(offers.id, offerId));
    return row?.revision;
  }

  async function attachmentsOf(offerId: string) {
    return t.db.select().from(offerAttachments).where(eq(offerAttachments.offerId, offerId));
  }

  describe("attachOfferFile", () => {
    it("attaches a file as the answer to a required attachment, bumps the revision and audits it", async () => {
      const offerId = await startTestOffer(t.db, world);
      const before = await revisionOf(t.db, offerId);
      const result = await attach(offerId, {
        bytes: sampleDocx(),
        filename: "C:\\Dokumenty\\Statut – zażółć.docx",
        requirement: STATUTE,
      });
      expect(result.revision).toBe((before ?? 0) + 1);
      const [row] = await attachmentsOf(offerId);
      expect(row).toMatchObject({
        id: result.attachmentId,
        requirement: STATUTE,
        uploadedBy: world.owner.id,
      });
      const audit = (await auditOfOffer(t.db, offerId)).find((a) => a.action === "offer.attachmentAdded");
      expect(audit?.after).toMatchObject({
        filename: "Statut – zażółć.docx",
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        requirement: STATUTE,
      });
    });

    it("refuses a requirement the competition does not name", async () => {
      const offerId = await startTestOffer(t.db, world);
      const error = await expectAppError(
        attach(offerId, { bytes: samplePdf(), requirement: "Zaświadczenie z Marsa" }),
        "VALIDATION",
      );
      expect(error.fieldErrors.requirement).toEqual(["form.invalidChoice"]);
    });

    it("refuses an executable renamed .pdf, stores nothing and keeps the audit line of the refusal", async () => {
      const offerId = await startTestOffer(t.db, world);
      const before = await revisionOf(t.db, offerId);
      const error = await expectAppError(
        attach(offerId, { bytes: elfExecutable(), filename: "../../etc/oferta.pdf" }),
        "VALIDATION",
      );
      expect(error.fieldErrors.file?.[0]).toMatch(/^files\.refused\.type\|/);
      expect(await attachmentsOf(offerId)).toEqual([]);
      expect(await revisionOf(t.db, offerId)).toBe(before);
      const refused = (await auditOfOffer(t.db, offerId)).filter(
        (a) => a.action === "offer.attachmentRefused",
      );
      expect(refused.map((a) => a.after)).toEqual([
        {
          reason: "type",
          size: elfExecutable().length,
          filename: "oferta.pdf",
          sniffedType: "executable/elf",
        },
      ]);
    });

    it("refuses a zip bomb, a file over the limit and a total over the offer's limit", async () => {
      const offerId = await startTestOffer(t.db, world);
      const bomb = await expectAppError(
        attach(offerId, { bytes: compressedZipBomb(), filename: "a.docx" }),
        "VALIDATION",
      );
      expect(bomb.fieldErrors.file?.[0]).toMatch(/^files\.refused\.zipBomb\|/);

      const small: FileLimits = { maxFileBytes: 1024, maxOfferBytes: 1500 };
      const big = new Uint8Array(2000);
      big.set(samplePdf());
      const tooLarge = await expectAppError(attach(offerId, { bytes: big }, { limits: small }), "VALIDATION");
      expect(tooLarge.fieldErrors.file?.[0]).toMatch(/^files\.refused\.tooLarge\|/);

      const part = new Uint8Array(900);
      part.set(samplePdf());
      await attach(offerId, { bytes: part }, { limits: small });
      const total = await expectAppError(attach(offerId, { bytes: part }, { limits: small }), "VALIDATION");
      expect(total.fieldErrors.file?.[0]).toContain("files.refused.totalTooLarge|");
      expect(await attachmentsOf(offerId)).toHaveLength(1);
      const reasons = (await auditOfOffer(t.db, offerId))
        .filter((a) => a.action === "offer.attachmentRefused")
        .map((a) => (a.after as { reason: string }).reason);
      expect(reasons).toEqual(["zipBomb", "tooLarge", "totalTooLarge"]);
    });

    it("lets only editors of an offeror attach, and only while the competition is open", async () => {
      const offerId = await startTestOffer(t.db, world);
      await expectAppError(attach(offerId, { bytes: samplePng() }, { by: world.viewer }), "FORBIDDEN");
      await expectAppError(attach(offerId, { bytes: samplePng() }, { by: world.outsider }), "FORBIDDEN");
      await expectAppError(
        attach(offerId, { bytes: samplePng() }, { at: "2026-04-10 15:00" }),
        "CONFLICT",
        "offer.error.deadlinePassed",
      );
      const other = await createOfferWorld(t.db);
      await expectAppError(
        attachOfferFile({
          db: t.db,
          tenantId: other.tenant.id,
          actor: actorOf(world.owner),
          clock: offerClock(),
          files: databaseFiles(),
          limits: DEFAULT_FILE_LIMITS,
          offerId,
          requirement: null,
          filename: "a.png",
          bytes: samplePng(),
        }),
        "NOT_FOUND",
      );
      // Nobody without the right leaves a refusal line either.
      const refused = (await auditOfOffer(t.db, offerId)).filter(
        (a) => a.action === "offer.attachmentRefused",
      );
      expect(refused).toEqual([]);
      await expectAppError(
        refuseOversizedAttachment({
          db: t.db,
          tenantId: world.tenant.id,
          actor: actorOf(world.outsider),
          offerId,
          size: 99_000_000,
          filename: "duzy.pdf",
          limits: DEFAULT_FILE_LIMITS,
        }),
        "FORBIDDEN",
      );
    });

    it("audits a request refused for its size before it was read", async () => {
      const offerId = await startTestOffer(t.db, world);
      const error = await refuseOversizedAttachment({
        db: t.db,
        tenantId: world.tenant.id,
        actor: actorOf(world.editor),
        offerId,
        size: 99_000_000,
        filename: null,
        limits: DEFAULT_FILE_LIMITS,
      });
      expect(error.fieldErrors.file?.[0]).toMatch(/^files\.refused\.tooLarge\|/);
      const refused = (await auditOfOffer(t.db, offerId)).filter(
        (a) => a.action === "offer.attachmentRefused",
      );
      expect(refused.map((a) => a.after)).toEqual([
        { reason: "requestTooLarge", size: 99_000_000, filename: null, sniffedType: null },
      ]);
    });
  });

  describe("removeOfferAttachment and getOfferAttachment", () => {
    const download = (
      offerId: string,
      attachmentId: string,
      by: { id: string },
      staffRoles = [] as never[],
    ) =>
      getOfferAttachment({
        db: t.db,
        tenantId: world.tenant.id,
        userId: by.id,
        staffRoles,
        files: diskFiles(),
        offerId,
        attachmentId,
      });

    it("serves the bytes to the offerors' people, and to the office only once submitted", async () => {
      const offerId = await startTestOffer(t.db, world);
      const bytes = sampleOdt();
      const { attachmentId } = await attach(
        offerId,
        { bytes, filename: "statut.odt", requirement: STATUTE },
        { files: diskFiles() },
      );
      const got = await download(offerId, attachmentId, world.viewer);
      expect(new Uint8Array(got.bytes)).toEqual(bytes);
      expect(got).toMatchObject({
        filename: "statut.odt",
        contentType: "application/vnd.oasis.opendocument.text",
      });

      const officer = { id: world.officer.user.id };
      const asOfficer = () =>
        getOfferAttachment({
          db: t.db,
          tenantId: world.tenant.id,
          userId: officer.id,
          staffRoles: world.officer.staffRoles,
          files: diskFiles(),
          offerId,
          attachmentId,
        });
      await expectAppError(asOfficer(), "NOT_FOUND");
      await expectAppError(download(offerId, attachmentId, world.outsider), "FORBIDDEN");

      await fillOffer(t.db, world, offerId);
      await submitOffer({
        db: t.db,
        tenantId: world.tenant.id,
        actor: actorOf(world.owner),
        clock: offerClock(),
        appUrl: TEST_APP_URL,
        offerId,
      });
      expect((await asOfficer()).sha256).toBe(got.sha256);
      await expectAppError(
        getOfferAttachment({
          db: t.db,
          tenantId: world.tenant.id,
          userId: world.otherOfficer.user.id,
          staffRoles: world.otherOfficer.staffRoles,
          files: diskFiles(),
          offerId,
          attachmentId,
        }),
        "FORBIDDEN",
      );
      const otherOffer = await startTestOffer(t.db, world);
      await expectAppError(download(otherOffer, attachmentId, world.owner), "NOT_FOUND");
    });

    it("removes a draft's file with its bytes, but keeps a file a submitted version names", async () => {
      const offerId = await startTestOffer(t.db, world);
      const files = diskFiles();
      const draftOnly = await attach(offerId, { bytes: samplePng(), filename: "a.png" }, { files });
      const [draftFile] = await t.db.select().from(storedFiles).where(eq(storedFiles.id, draftOnly.fileId));
      const remove = (attachmentId: string) =>
        removeOfferAttachment({
          db: t.db,
          tenantId: world.tenant.id,
          actor: actorOf(world.editor),
          clock: offerClock(),
          files,
          offerId,
          attachmentId,
        });
      const { revision } = await remove(draftOnly.attachmentId);
      expect(revision).toBe(draftOnly.revision + 1);
      expect(await t.db.select().from(storedFiles).where(eq(storedFiles.id, draftOnly.fileId))).toEqual([]);
      expect(await files.current.get(draftFile?.storageKey ?? "")).toBeNull();
      await expectAppError(remove(draftOnly.attachmentId), "NOT_FOUND");

      const statute = await attach(offerId, { bytes: samplePdf(), requirement: STATUTE }, { files });
      await fillOffer(t.db, world, offerId);
      await submitOffer({
        db: t.db,
        tenantId: world.tenant.id,
        actor: actorOf(world.owner),
        clock: offerClock(),
        appUrl: TEST_APP_URL,
        offerId,
      });
      await remove(statute.attachmentId);
      const [kept] = await t.db.select().from(storedFiles).where(eq(storedFiles.id, statute.fileId));
      expect(kept && (await files.current.get(kept.storageKey))).not.toBeNull();
      const removed = (await auditOfOffer(t.db, offerId)).filter(
        (a) => a.action === "offer.attachmentRemoved",
      );
      expect(removed.map((a) => a.after)).toEqual([{ fileKept: false }, { fileKept: true }]);
    });
  });
});
