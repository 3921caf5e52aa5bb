import { Link } from "react-router";
import { OfferBreadcrumbs } from "../components/offers/offer-nav";
import { StartOfferForm } from "../components/offers/start-offer-form";
import { Notice } from "../components/organizations/form-parts";
import type { OfferActionFailure } from "../lib/offers/answers";
import { startOfferAction, startOfferPage } from "../lib/offers/start-offer.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.oferty.nowa";
import "../components/offers/offers.css";

export async function loader({ request, context }: Route.LoaderArgs) {
  return startOfferPage(context, request);
}

export async function action({ request, context }: Route.ActionArgs) {
  return startOfferAction(context, request);
}

export default function StartOffer({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { competition, organizations } = loaderData;
  const refused = actionData && !actionData.ok ? (actionData as OfferActionFailure) : null;
  const title = t("offers.start.title");
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <OfferBreadcrumbs current={title} />
      <h1>{title}</h1>
      {refused && refused.code !== "VALIDATION" ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      {!competition ? (
        <p>
          {t("offers.start.noCompetition")} <Link to="/konkursy">{t("offers.my.findCompetition")}</Link>
        </p>
      ) : !loaderData.open ? (
        <Notice messageKey="offers.start.notOpen" kind="info" />
      ) : organizations.length === 0 ? (
        <div className="notice">
          <p>{t("offers.start.noOrganization")}</p>
          <p>
            <Link to="/panel">{t("offers.breadcrumbs.panel")}</Link> ·{" "}
            <Link to="/organizacje/zglos">{t("offers.start.register")}</Link>
          </p>
        </div>
      ) : (
        <StartOfferForm
          competition={competition}
          organizations={organizations}
          existing={loaderData.existing}
          errors={refused?.fieldErrors}
          chosen={refused?.values.organizationId}
        />
      )}
    </>
  );
}
