import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { offers, offerVersions } from "../../platform/db/schema/offers";
import { useTestDatabase } from "../../test/db";
import { createCompetitionWorld, createPublished } from "../competitions/testing/factories";
import { createTestOrganization, createTestUser } from "../organizations/testing/factories";
import { offerChecksum } from "./checksum.server";
import { formatChecksum } from "./document";
import { OFFER_VERSION_PDF, offerVersionPdfRef, resolveOfferVersionPdf } from "./offer-pdf-attachment.server";
import { fullOfferDocument } from "./testing/full-offer-document";

const PDFTOTEXT = "/usr/bin/pdftotext";

function pdfText(pdf: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "offer-version-")), "oferta.pdf");
  writeFileSync(file, pdf);
  return execFileSync(PDFTOTEXT, ["-layout", file, "-"], { encoding: "utf8" });
}

describe("the offer version's PDF as a mail attachment", () => {
  const t = useTestDatabase();

  async function submittedVersion(receiptNumber: string) {
    const world = await createCompetitionWorld(t.db);
    const competitionId = await createPublished(t.db, world);
    const owner = await createTestUser(t.db);
    const organizationId = await createTestOrganization(t.db, {
      tenantId: world.tenant.id,
      owner,
      status: "verified",
    });
    const [offer] = await t.db
      .insert(offers)
      .values({ tenantId: world.tenant.id, competitionId, organizationId, status: "submitted" })
      .returning();
    if (!offer) throw new Error("offer not created");
    const document = fullOfferDocument({ offerId: offer.id });
    const checksum = offerChecksum(document);
    const [version] = await t.db
      .insert(offerVersions)
      .values({
        offerId: offer.id,
        number: 1,
        content: document as unknown as Record<string, unknown>,
        checksum,
        receiptNumber,
        revision: 1,
        submittedAt: new Date("2026-04-10T12:59:31Z"),
      })
      .returning();
    if (!version) throw new Error("version not created");
    return { version, checksum, tenantName: world.tenant.name };
  }

  it.skipIf(!existsSync(PDFTOTEXT))(
    "renders the frozen version with its receipt number, checksum and the tenant's name",
    async () => {
      const { version, checksum, tenantName } = await submittedVersion("OF/2026/000777");
      const pdf = await resolveOfferVersionPdf(t.db, version.id);
      expect(Buffer.from(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = pdfText(pdf).replace(/\u00a0/g, " ");
      expect(text).toContain("OF/2026/000777");
      expect(text).toContain(`Suma kontrolna: ${formatChecksum(checksum)}`);
      expect(text).toContain(tenantName);
      expect(text).toContain("Sąsiedzka opieka wytchnieniowa — łączymy pokolenia");
    },
  );

  it("refuses an unknown or malformed version id (the mail is retried, never sent without its PDF)", async () => {
    await expect(resolveOfferVersionPdf(t.db, "0f4b8d2e-1c3a-4e5f-8a9b-00000000ffff")).rejects.toThrow(
      /Nie ma wersji oferty/,
    );
    await expect(resolveOfferVersionPdf(t.db, "'; drop table offers; --")).rejects.toThrow(
      /Nieprawidłowy identyfikator/,
    );
  });

  it("names the reference a confirmation mail carries", () => {
    expect(offerVersionPdfRef({ id: "v1", receiptNumber: "OF/2026/000777" })).toEqual({
      kind: OFFER_VERSION_PDF,
      id: "v1",
      filename: "oferta-OF-2026-000777.pdf",
      contentType: "application/pdf",
    });
  });
});
