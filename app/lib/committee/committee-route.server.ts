import type { RouterContextProvider } from "react-router";
import { getMemberOffer } from "~/domain/committee/get-member-offer";
import { renderOfferPdf } from "~/domain/offers/offer-pdf.server";
import { servicesContext, tenantContext } from "../contexts";
import { actorOf, requireUser } from "../guards.server";
import { orRefusalPage, redirectWithNotice } from "../http.server";

/*
 * Server helpers of the committee's route modules: the use cases' common options, the member's
 * offer (page and PDF refuse alike: the domain's policy decides), and how a refusal becomes its page.
 */

type Context = Readonly<RouterContextProvider>;

/** Database, tenant, actor, clock and the app's address, as the committee's use cases take them. */
export function committeeDeps(context: Context) {
  const { db, clock, env } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  return { db, clock, appUrl: env.APP_URL, tenantId: tenant.id, actor: actorOf(context) };
}

/** For loaders: the promise's value, or the 403/404 page (a 404 audited). */
export function orCommitteeErrorPage<T>(context: Context, promise: Promise<T>, id: unknown): Promise<T> {
  return orRefusalPage(context, promise, { type: "committee", id });
}

/** The offer of the URL for a declared, non-excluded member of this competition's committee, or 403/404. */
export async function loadMemberOffer(
  context: Context,
  request: Request,
  params: { id?: string; offerId?: string },
) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = committeeDeps(context);
  return orRefusalPage(
    context,
    getMemberOffer({ db, tenantId, userId: user.id, competitionId: params.id, offerId: params.offerId }),
    { type: "offer", id: params.offerId },
  );
}

/** The member's offer as its PDF (the frozen version's receipt and checksum), never cached by anyone in between. */
export async function memberOfferPdf(offer: Awaited<ReturnType<typeof getMemberOffer>>): Promise<Response> {
  const { receiptNumber, checksum, submittedAt } = offer;
  const pdf = await renderOfferPdf({
    document: offer.document,
    receipt: { receiptNumber, checksum, submittedAt },
    tenantName: offer.tenantName,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="oferta-${receiptNumber.replaceAll("/", "-")}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** Success messages the committee's pages show after a redirect (?komunikat=…). */
const NOTICES = [
  "memberAdded",
  "memberRemoved",
  "chairSet",
  "excluded",
  "settingsSaved",
  "nominationDecided",
  "nominated",
  "declared",
  "dissentSaved",
  "scoreSaved",
  "scoreSubmitted",
] as const;
export type CommitteeNotice = (typeof NOTICES)[number];

export function committeeNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as CommitteeNotice) ? `committee.notice.${name}` : null;
}

export function withCommitteeNotice(path: string, notice: CommitteeNotice) {
  return redirectWithNotice(path, notice);
}
