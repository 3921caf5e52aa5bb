import { Notice } from "../components/organizations/form-parts";
import { OrganizationFacts } from "../components/organizations/organization-facts";
import { StatusExplained } from "../components/organizations/status-explained";
import { WorkspaceNav } from "../components/organizations/workspace-nav";
import { memberOrganization, noticeOf } from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.organizacje.$id._index";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { organization, role, allowed } = await memberOrganization(context, request, params.id);
  return { organization, role, allowed, notice: noticeOf(request) };
}

export default function OrganizationProfile({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { organization, allowed } = loaderData;
  return (
    <>
      <title>{`${organization.name} — ${tenant.name}`}</title>
      <h1>{organization.name}</h1>
      <WorkspaceNav id={organization.id} canEdit={allowed.edit} />
      <Notice messageKey={loaderData.notice} />
      <StatusExplained status={organization.status} reason={organization.rejectionReason} />
      <p>
        {t("org.panel.col.role")}: {t(`org.role.${loaderData.role}`)}
      </p>
      <OrganizationFacts organization={organization} />
    </>
  );
}
