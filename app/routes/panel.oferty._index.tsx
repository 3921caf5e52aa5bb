import { listMyOffers } from "~/domain/offers/list-my-offers";
import { OfferBreadcrumbs } from "../components/offers/offer-nav";
import { OffersTable } from "../components/offers/offers-table";
import { requireUser } from "../lib/guards.server";
import { offerDeps } from "../lib/offers/offers-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.oferty._index";
import "../components/offers/offers.css";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = offerDeps(context);
  return { offers: await listMyOffers({ db, tenantId, userId: user.id }) };
}

export default function MyOffers({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("offers.my.title")} — ${tenant.name}`}</title>
      <OfferBreadcrumbs />
      <h1>{t("offers.my.title")}</h1>
      <p>{t("offers.my.lead")}</p>
      <OffersTable offers={loaderData.offers} />
    </>
  );
}
