import { Link } from "react-router";
import {
  CAMPAIGN_FORM_COLUMNS,
  campaignFormValues,
  OppCampaignFormSchema,
} from "~/domain/portal/campaign-figures-form";
import { oppCampaignFigures } from "~/domain/portal/opp-campaign";
import { portalRolesFor } from "~/domain/portal/policy";
import { updateOppCampaignFigures } from "~/domain/portal/update-opp-campaign-figures";
import { Notice } from "../components/organizations/form-parts";
import { CampaignForm } from "../components/portal/campaign-form";
import { servicesContext, tenantContext } from "../lib/contexts";
import { parseForm } from "../lib/form.server";
import { actorOf, requireStaff } from "../lib/guards.server";
import { formFailure, runAction } from "../lib/http.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.kampania-1-5";
import "../components/portal/portal.css";

export async function loader({ context, request }: Route.LoaderArgs) {
  requireStaff(context, request, portalRolesFor("oppCampaign.edit"));
  return { values: campaignFormValues(oppCampaignFigures(context.get(tenantContext).settings)) };
}

export async function action({ context, request }: Route.ActionArgs) {
  const { roles } = requireStaff(context, request, portalRolesFor("oppCampaign.edit"));
  const parsed = await parseForm(request, OppCampaignFormSchema, { arrays: [...CAMPAIGN_FORM_COLUMNS] });
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  const { db } = context.get(servicesContext);
  return runAction(async () => {
    const { changed } = await updateOppCampaignFigures({
      db,
      tenantId: context.get(tenantContext).id,
      actor: actorOf(context),
      staffRoles: roles.map((r) => r.role),
      figures: parsed.data.rows,
    });
    return {
      ok: true as const,
      messageKey: changed ? "portal.campaign.admin.saved" : "portal.campaign.admin.unchanged",
    };
  }, parsed.values);
}

export default function CampaignFiguresEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const failure = actionData && !actionData.ok ? actionData : undefined;
  const values = failure?.values ?? loaderData.values;
  return (
    <>
      <title>{`${t("portal.campaign.admin.title")} — ${tenant.name}`}</title>
      <h1>{t("portal.campaign.admin.title")}</h1>
      <p className="lead">{t("portal.campaign.admin.lead")}</p>
      {actionData?.ok ? <Notice messageKey={actionData.messageKey} /> : null}
      <CampaignForm key={JSON.stringify(values)} values={values} errors={failure?.fieldErrors} />
      <p>
        <Link to="/jeden-i-pol-procent">{t("portal.campaign.admin.view")}</Link>
      </p>
    </>
  );
}
