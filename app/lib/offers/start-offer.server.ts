import { data, type RouterContextProvider } from "react-router";
import { isOpenForOffers } from "~/domain/competitions/get-competition-parameters";
import { getPublicCompetition } from "~/domain/competitions/get-public-competition";
import { listMyOffers } from "~/domain/offers/list-my-offers";
import { canStartOffer } from "~/domain/offers/policy";
import { startOffer } from "~/domain/offers/start-offer";
import { listMyOrganizations } from "~/domain/organizations/list-my-organizations";
import { orCompetitionErrorPage } from "../competitions/competitions-route.server";
import { requireUser } from "../guards.server";
import type { OfferActionFailure } from "./answers";
import { offerDeps, runOfferAction, withOfferNotice } from "./offers-route.server";

/*
 * Starting an offer (/panel/oferty/nowa?konkurs=<id>): the competition, the organisations the
 * person may start it for (owner or editor of a verified one), and the POST that starts it.
 */

type Context = Readonly<RouterContextProvider>;

/** What the page shows; `competition` is null when the address names none. */
export async function startOfferPage(context: Context, request: Request) {
  const { user } = requireUser(context, request);
  const { db, tenantId, clock } = offerDeps(context);
  const competitionId = new URL(request.url).searchParams.get("konkurs");
  const organizations = (await listMyOrganizations({ db, tenantId, userId: user.id }))
    .filter((o) => canStartOffer(o.role, o.status))
    .map((o) => ({ id: o.id, name: o.name }));
  if (!competitionId) return { competition: null, open: false, organizations, existing: [] };
  const c = await orCompetitionErrorPage(
    context,
    getPublicCompetition({ db, tenantId, competitionId }),
    competitionId,
  );
  const existing = (await listMyOffers({ db, tenantId, userId: user.id }))
    .filter((o) => o.competitionId === c.id)
    .map((o) => ({ offerId: o.offerId, title: o.title, organizationName: o.organizationName }));
  return {
    competition: { id: c.id, title: c.title, offerDeadline: c.offerDeadline },
    open: isOpenForOffers(c, clock.now()),
    organizations,
    existing,
  };
}

/** Starts the offer and goes to it; a missing choice of organisation comes back to the form. */
export async function startOfferAction(context: Context, request: Request) {
  requireUser(context, request);
  const form = await request.formData();
  const competitionId = String(form.get("competitionId") ?? "");
  const organizationId = String(form.get("organizationId") ?? "");
  const values = { competitionId, organizationId };
  if (!organizationId) {
    const body: OfferActionFailure = {
      ok: false,
      code: "VALIDATION",
      messageKey: "error.validation",
      fieldErrors: { organizationId: ["offers.start.chooseOrganization"] },
      values,
      details: {},
    };
    return data(body, { status: 422 });
  }
  return runOfferAction(
    context,
    competitionId,
    async () => {
      const { offerId } = await startOffer({ ...offerDeps(context), competitionId, organizationId });
      return withOfferNotice(`/panel/oferty/${offerId}`, "started");
    },
    values,
  );
}
