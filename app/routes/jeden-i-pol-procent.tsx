import { Link } from "react-router";
import { listLocalOpps, oppCampaignFigures, seatCityOf } from "~/domain/portal/opp-campaign";
import { canOnPortal } from "~/domain/portal/policy";
import { formatDate } from "~/platform/format/dates";
import { CampaignFigures } from "../components/portal/campaign-figures";
import { OppList } from "../components/portal/opp-list";
import { plural } from "../i18n/plural";
import { servicesContext, tenantContext, viewerContext } from "../lib/contexts";
import { useLocale, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/jeden-i-pol-procent";
import "../components/portal/portal.css";

export async function loader({ context }: Route.LoaderArgs) {
  const { db, clock } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  const roles = context.get(viewerContext).staffRoles.map((r) => r.role);
  const list = await listLocalOpps({ db, tenantId: tenant.id, seatCity: seatCityOf(tenant), clock });
  return {
    list,
    figures: oppCampaignFigures(tenant.settings),
    canEdit: canOnPortal(roles, "oppCampaign.edit"),
  };
}

export default function OppCampaign({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { tenant } = useShell();
  const { list, figures, canEdit } = loaderData;
  return (
    <>
      <title>{`${t("portal.campaign.title")} — ${tenant.name}`}</title>
      <h1>{t("portal.campaign.title")}</h1>
      <p className="lead">{t("portal.campaign.lead")}</p>
      {canEdit ? (
        <p>
          <Link to="/urzad/kampania-1-5">{t("portal.campaign.edit")}</Link>
        </p>
      ) : null}
      <h2>{t("portal.campaign.how")}</h2>
      <ol>
        <li>{t("portal.campaign.how.1")}</li>
        <li>{t("portal.campaign.how.2")}</li>
        <li>{t("portal.campaign.how.3")}</li>
      </ol>
      <h2>{t("portal.campaign.list")}</h2>
      <p>
        {t("portal.campaign.list.intro", { city: list.seatCity, date: formatDate(list.asOf) })}{" "}
        <strong>{plural(t, locale, "portal.organizations", list.organizations.length)}</strong>
      </p>
      <OppList organizations={list.organizations} />
      <h2>{t("portal.campaign.figures")}</h2>
      <CampaignFigures figures={figures} />
    </>
  );
}
