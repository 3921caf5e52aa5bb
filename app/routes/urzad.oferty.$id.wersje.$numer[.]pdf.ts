import { renderOfferPdf } from "~/domain/offers/offer-pdf.server";
import { loadOfficeVersion } from "../lib/offers/office.server";
import type { Route } from "./+types/urzad.oferty.$id.wersje.$numer[.]pdf";

/** GET /urzad/oferty/:id/wersje/:numer.pdf — the submitted version's PDF with its receipt and checksum, for the office. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const version = await loadOfficeVersion(context, request, params);
  const { receiptNumber, checksum, submittedAt } = version;
  const pdf = await renderOfferPdf({
    document: version.document,
    receipt: { receiptNumber, checksum, submittedAt },
    tenantName: version.tenantName,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="oferta-${receiptNumber.replaceAll("/", "-")}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
