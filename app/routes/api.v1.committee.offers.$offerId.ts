import { getMemberOfferById } from "~/domain/committee/get-member-offer";
import { isAppError } from "~/platform/errors/app-error";
import { translator } from "../i18n/catalog";
import { servicesContext, tenantContext, viewerContext } from "../lib/contexts";
import type { Route } from "./+types/api.v1.committee.offers.$offerId";

/*
 * GET /api/v1/committee/offers/{offerId} — the offer's current submitted version as JSON for a
 * member of its competition's committee who signed the declaration and is not excluded from it.
 * Session-authenticated, never cached by anyone in between and not open to other origins (unlike
 * the open-data API): 401 for a visitor, 403 for anyone else (also for an unknown offer, so the
 * answer says nothing about which offers exist).
 */

const HEADERS = { "Cache-Control": "private, no-store", Vary: "Cookie" };
const t = translator("pl");

function problem(status: 401 | 403, error: string, messageKey: string) {
  return Response.json({ error, message: t(messageKey) }, { status, headers: HEADERS });
}

export async function loader({ context, params }: Route.LoaderArgs) {
  const viewer = context.get(viewerContext);
  if (!viewer.user || !viewer.session || viewer.pendingSecondFactor)
    return problem(401, "unauthenticated", "error.unauthenticated");
  try {
    const offer = await getMemberOfferById({
      db: context.get(servicesContext).db,
      tenantId: context.get(tenantContext).id,
      userId: viewer.user.id,
      offerId: params.offerId,
    });
    return Response.json(
      {
        offerId: offer.offerId,
        competitionId: offer.competition.id,
        version: offer.number,
        receiptNumber: offer.receiptNumber,
        checksum: offer.checksum,
        submittedAt: offer.submittedAt.toISOString(),
        document: offer.document,
      },
      { headers: HEADERS },
    );
  } catch (error) {
    if (isAppError(error)) return problem(403, "forbidden", "error.forbidden");
    throw error;
  }
}

/** Only GET (and HEAD) are answered here. */
export function action() {
  return Response.json(
    { error: "method_not_allowed" },
    { status: 405, headers: { ...HEADERS, Allow: "GET, HEAD" } },
  );
}
