import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedCopies } from "../../platform/db/schema/evaluation";
import { offerVersions } from "../../platform/db/schema/offers";
import { renderPdf } from "../../platform/documents/pdf.server";
import { databaseFileStorage } from "../../platform/files/database-file-storage.server";
import { diskFileStorage } from "../../platform/files/disk-file-storage.server";
import { fileStorages } from "../../platform/files/file-storage";
import { DEFAULT_FILE_LIMITS } from "../../platform/files/limits";
import { samplePng } from "../../platform/files/testing/sample-files";
import { useTestDatabase } from "../../test/db";
import type { OfferDocument } from "../offers/document";
import { renderOfferPdf } from "../offers/offer-pdf.server";
import { auditOfOffer, createOfferor } from "../offers/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { DEFAULT_CHECKLIST } from "./checklist";
import { getFormalCheck } from "./get-formal-check";
import { createEvaluationWorld, type EvaluationWorld, evaluationClock } from "./testing/factories";
import { uploadSignedCopy } from "./upload-signed-copy";

describe("signed copy", () => {
  const t = useTestDatabase();
  let root = "";
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "signed-copy-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const upload = (world: EvaluationWorld, bytes: Uint8Array, by = world.editor, at?: string) =>
    uploadSignedCopy({
      db: t.db,
      tenantId: world.tenant.id,
      actor: actorOf(by),
      clock: evaluationClock(at),
      files: fileStorages(databaseFileStorage(t.db), diskFileStorage(root)),
      limits: DEFAULT_FILE_LIMITS,
      offerId: world.offerId,
      filename: "oferta-podpisana.pdf",
      bytes,
    });

  async function offerPdf(world: EvaluationWorld, checksum?: string) {
    const [version] = await t.db
      .select()
      .from(offerVersions)
      .where(eq(offerVersions.id, world.submitted.versionId));
    if (!version) throw new Error("no version");
    return renderOfferPdf({
      document: version.content as unknown as OfferDocument,
      receipt: {
        receiptNumber: version.receiptNumber,
        checksum: checksum ?? version.checksum,
        submittedAt: version.submittedAt,
      },
      tenantName: world.tenant.name,
    });
  }

  const signedCopySuggestion = async (world: EvaluationWorld) =>
    (
      await getFormalCheck({
        db: t.db,
        tenantId: world.tenant.id,
        staffRoles: world.officer.staffRoles,
        clock: evaluationClock(),
        offerId: world.offerId,
      })
    ).suggestions.signed_copy?.result;

  it("matches the PDF rendered by the offer's own code and suggests a pass", async () => {
    const world = await createEvaluationWorld(t.db);
    const result = await upload(world, await offerPdf(world));
    expect(result).toMatchObject({ match: "match", extractedChecksum: world.submitted.checksum });
    const [row] = await t.db.select().from(signedCopies).where(eq(signedCopies.offerId, world.offerId));
    expect(row).toMatchObject({
      match: "match",
      versionId: world.submitted.versionId,
      uploadedBy: world.editor.id,
    });
    expect(await signedCopySuggestion(world)).toBe("pass");
    const audit = (await auditOfOffer(t.db, world.offerId)).map((a) => a.action);
    expect(audit).toContain("evaluation.signedCopyUploaded");
    expect(DEFAULT_CHECKLIST.some((i) => i.code === "signed_copy")).toBe(true);
  });

  it("flags another checksum as a mismatch, and a scan without text as not found (compare by eye)", async () => {
    const world = await createEvaluationWorld(t.db);
    const other = "ab".repeat(32);
    const mismatch = await upload(world, await offerPdf(world, other));
    expect(mismatch).toMatchObject({ match: "mismatch", extractedChecksum: other, olderVersionNumber: null });
    expect(await signedCopySuggestion(world)).toBe("fail");
    const scan = await renderPdf({
      title: "Skan",
      issuer: world.tenant.name,
      footerText: "",
      content: [{ text: "Podpisano odręcznie" }],
    });
    const notFound = await upload(world, scan, world.editor, "2026-04-14 11:00");
    expect(notFound).toMatchObject({ match: "not_found", extractedChecksum: null });
    expect(await signedCopySuggestion(world)).toBeNull();
  });

  it("refuses a non-PDF and a broken PDF in Polish with an audit line, and strangers outright", async () => {
    const world = await createEvaluationWorld(t.db);
    const png = await expectAppError(upload(world, samplePng()), "VALIDATION");
    expect(png.fieldErrors.file).toEqual(["evaluation.error.notPdf"]);
    const pdf = await offerPdf(world);
    const broken = await expectAppError(upload(world, new Uint8Array(pdf.subarray(0, 300))), "VALIDATION");
    expect(broken.fieldErrors.file).toEqual(["evaluation.error.brokenPdf"]);
    const refusals = (await auditOfOffer(t.db, world.offerId)).filter(
      (a) => a.action === "evaluation.signedCopyRefused",
    );
    expect(refusals.map((r) => (r.after as { reason: string }).reason)).toEqual(["notPdf", "broken"]);
    expect(await t.db.select().from(signedCopies).where(eq(signedCopies.offerId, world.offerId))).toEqual([]);
    const stranger = await createOfferor(t.db, world.tenant.id);
    await expectAppError(upload(world, pdf, stranger.owner), "FORBIDDEN");
    await expectAppError(upload(world, pdf, world.viewer), "FORBIDDEN");
  });
});
