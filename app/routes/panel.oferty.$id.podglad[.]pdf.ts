import { getOfferPreview } from "~/domain/offers/get-offer-preview";
import { renderOfferPdf } from "~/domain/offers/offer-pdf.server";
import { requireUser } from "../lib/guards.server";
import { offerDeps, orOfferErrorPage } from "../lib/offers/offers-route.server";
import type { Route } from "./+types/panel.oferty.$id.podglad[.]pdf";

/** GET /panel/oferty/:id/podglad.pdf — the current draft as PDF ("PROJEKT", no checksum), for its offerors. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = offerDeps(context);
  const preview = await orOfferErrorPage(
    context,
    getOfferPreview({ db, tenantId, userId: user.id, offerId: params.id }),
    params.id,
  );
  const pdf = await renderOfferPdf({
    document: preview.document,
    receipt: null,
    tenantName: preview.tenantName,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="projekt-oferty-${preview.document.offerId}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
