import { addOfferPartner } from "~/domain/offers/add-offer-partner";
import { removeOfferPartner } from "~/domain/offers/remove-offer-partner";
import { OfferBreadcrumbs, SectionNav } from "../components/offers/offer-nav";
import { AddPartnerForm, JointOfferExplained, PartnersTable } from "../components/offers/partners";
import { Notice } from "../components/organizations/form-parts";
import type { OfferActionFailure } from "../lib/offers/answers";
import {
  loadWorkspace,
  offerDeps,
  offerNoticeOf,
  requireOfferMember,
  runOfferAction,
  withOfferNotice,
} from "../lib/offers/offers-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.oferty.$id.partnerzy";
import "../components/offers/offers.css";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { workspace: w } = await loadWorkspace(context, request, params.id);
  const notice = offerNoticeOf(request);
  return {
    offer: { id: w.offer.id, title: w.offer.title },
    offerors: w.offerors,
    canManage: w.can.managePartners,
    open: w.open,
    notice: notice ? `offers.notice.${notice}` : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  await requireOfferMember(context, request, params.id);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const here = `/panel/oferty/${params.id}/partnerzy`;
  const deps = { ...offerDeps(context), offerId: params.id };
  if (intent === "remove") {
    const organizationId = String(form.get("organizationId") ?? "");
    return runOfferAction(context, params.id, async () => {
      await removeOfferPartner({ ...deps, organizationId });
      return withOfferNotice(here, "partnerRemoved");
    });
  }
  const identifier = String(form.get("identifier") ?? "");
  return runOfferAction(
    context,
    params.id,
    async () => {
      await addOfferPartner({ ...deps, identifier });
      return withOfferNotice(here, "partnerAdded");
    },
    { identifier },
  );
}

export default function OfferPartners({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { offer } = loaderData;
  const refused = actionData && !actionData.ok ? (actionData as OfferActionFailure) : null;
  const title = t("offers.partners.title");
  return (
    <>
      <title>{`${title} — ${offer.title || t("offers.untitled")} — ${tenant.name}`}</title>
      <OfferBreadcrumbs offerId={offer.id} offerTitle={offer.title} current={title} />
      <h1>{title}</h1>
      <SectionNav offerId={offer.id} />
      <Notice messageKey={loaderData.notice} />
      {refused && !Object.keys(refused.fieldErrors).length ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      <JointOfferExplained />
      <PartnersTable offerors={loaderData.offerors} canManage={loaderData.canManage} />
      {loaderData.canManage ? (
        <AddPartnerForm errors={refused?.fieldErrors} identifier={refused?.values.identifier} />
      ) : (
        <p>{t(loaderData.open ? "offers.partners.leaderOnly" : "offers.partners.closed")}</p>
      )}
    </>
  );
}
