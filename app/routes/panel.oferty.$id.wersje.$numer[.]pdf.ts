import { getOfferVersion } from "~/domain/offers/get-offer-version";
import { renderOfferPdf } from "~/domain/offers/offer-pdf.server";
import { requireUser } from "../lib/guards.server";
import { offerDeps, orOfferErrorPage, staffRolesOf } from "../lib/offers/offers-route.server";
import type { Route } from "./+types/panel.oferty.$id.wersje.$numer[.]pdf";

/**
 * GET /panel/oferty/:id/wersje/:numer.pdf — a submitted version exactly as frozen, with its receipt
 * number and checksum, for the offerors' people and the office staff of the competition's department.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = offerDeps(context);
  const version = await orOfferErrorPage(
    context,
    getOfferVersion({
      db,
      tenantId,
      userId: user.id,
      staffRoles: staffRolesOf(context),
      offerId: params.id,
      versionNumber: params.numer,
    }),
    params.id,
  );
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
