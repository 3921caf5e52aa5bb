import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import type { MailAttachmentRef } from "../../platform/db/schema/mail";
import { offers, offerVersions } from "../../platform/db/schema/offers";
import { tenants } from "../../platform/db/schema/tenancy";
import type { AttachmentResolver } from "../../platform/mail/attachments.server";
import type { OfferDocument } from "./document";
import { renderOfferPdf } from "./offer-pdf.server";

/*
 * The submitted offer's PDF as a mail attachment (docs/decisions/010): the confirmation mail names
 * the frozen version by reference and the PDF is rendered when the mail is sent, so the
 * submission's transaction stays short during the deadline rush.
 */

/** The kind of the reference in mail_outbox.attachments; its id is offer_versions.id. */
export const OFFER_VERSION_PDF = "offer-version-pdf";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The reference a confirmation mail carries for a submitted version ("oferta-OF-2026-000123.pdf"). */
export function offerVersionPdfRef(version: { id: string; receiptNumber: string }): MailAttachmentRef {
  const safe = version.receiptNumber.replace(/[^0-9A-Za-z-]+/g, "-").replace(/^-+|-+$/g, "");
  return {
    kind: OFFER_VERSION_PDF,
    id: version.id,
    filename: `oferta-${safe || "zlozona"}.pdf`,
    contentType: "application/pdf",
  };
}

/** Renders the PDF of a frozen version (with its receipt and checksum) from the database. */
export const resolveOfferVersionPdf: AttachmentResolver = async (db: DbOrTx, id: string) => {
  if (!UUID.test(id)) throw new Error(`Nieprawidłowy identyfikator wersji oferty: ${id}`);
  const [row] = await db
    .select({
      content: offerVersions.content,
      checksum: offerVersions.checksum,
      receiptNumber: offerVersions.receiptNumber,
      submittedAt: offerVersions.submittedAt,
      tenantName: tenants.name,
    })
    .from(offerVersions)
    .innerJoin(offers, eq(offers.id, offerVersions.offerId))
    .innerJoin(tenants, eq(tenants.id, offers.tenantId))
    .where(eq(offerVersions.id, id))
    .limit(1);
  if (!row) throw new Error(`Nie ma wersji oferty ${id}`);
  return renderOfferPdf({
    // The frozen content is the document as submitted (domain/offers/document.ts).
    document: row.content as unknown as OfferDocument,
    receipt: { receiptNumber: row.receiptNumber, checksum: row.checksum, submittedAt: row.submittedAt },
    tenantName: row.tenantName,
  });
};
