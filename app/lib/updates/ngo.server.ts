import { data, type RouterContextProvider } from "react-router";
import { ensureUpdateRounds, latestRoundOf } from "~/domain/updates/access";
import { getOfferUpdate } from "~/domain/updates/get-offer-update";
import { submitUpdate } from "~/domain/updates/submit-update";
import { withdrawFromGrant } from "~/domain/updates/withdraw-from-grant";
import { requireUser } from "../guards.server";
import { redirectWithNotice } from "../http.server";
import {
  offerDeps,
  orOfferErrorPage,
  requireOfferMember,
  runOfferAction,
} from "../offers/offers-route.server";

/*
 * Route plumbing of the organisation's side of the update after the award
 * (/panel/oferty/:id/aktualizacja): the page's data, its two forms (submit the update, withdraw
 * from the grant), and the overview's banner.
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["submitted", "alreadySubmitted", "withdrawn"] as const;

export function updateNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as (typeof NOTICES)[number]) ? `updates.notice.${name}` : null;
}

/** The update as the offerors' people see it, or the 403/404 page. */
export async function loadOfferUpdate(context: Context, request: Request, offerId: string | undefined) {
  requireUser(context, request);
  const { db, tenantId, actor } = offerDeps(context);
  const view = await orOfferErrorPage(context, getOfferUpdate({ db, tenantId, actor, offerId }), offerId);
  return { view, notice: updateNoticeOf(request) };
}

/** Submits the update (a double click answers with the same version) or withdraws from the grant. */
export async function offerUpdateAction(context: Context, request: Request, offerId: string | undefined) {
  await requireOfferMember(context, request, offerId);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const reason = String(form.get("reason") ?? "");
  const page = `/panel/oferty/${offerId}/aktualizacja`;
  if (intent === "submit")
    return runOfferAction(
      context,
      offerId,
      async () => {
        const result = await submitUpdate({ ...offerDeps(context), offerId });
        return redirectWithNotice(page, result.repeated ? "alreadySubmitted" : "submitted");
      },
      { intent },
    );
  if (intent === "withdraw")
    return runOfferAction(
      context,
      offerId,
      async () => {
        await withdrawFromGrant({ ...offerDeps(context), offerId, input: { reason } });
        return redirectWithNotice(page, "withdrawn");
      },
      { intent, reason },
    );
  throw data({ messageKey: "error.validation" }, { status: 400 });
}

/**
 * The overview's banner: the offer's update round (opened here when the published result awards
 * less than requested and none exists yet), or null. The caller has checked the person is an offeror's member.
 */
export async function updateBanner(context: Context, offerId: string) {
  const { db, tenantId, actor } = offerDeps(context);
  await ensureUpdateRounds(db, { tenantId, actor, offerId });
  const round = await latestRoundOf(db, offerId);
  return round
    ? { status: round.status, awarded: round.awardedAmount, requested: round.requestedAmount }
    : null;
}
