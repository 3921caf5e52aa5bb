import { loadMemberOffer, memberOfferPdf } from "../lib/committee/committee-route.server";
import type { Route } from "./+types/komisja.$id.oferty.$offerId[.]pdf";

/** GET /komisja/:id/oferty/:offerId.pdf — the offer's current version as PDF, for a declared, non-excluded member. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return memberOfferPdf(await loadMemberOffer(context, request, params));
}
