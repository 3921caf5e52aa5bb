import { listDistricts } from "~/domain/organizations/list-districts";
import { rowToProfile } from "~/domain/organizations/profile-columns";
import {
  OrganizationProfileFormSchema,
  PROFILE_FORM_ARRAYS,
  profileToFormValues,
} from "~/domain/organizations/schemas";
import { updateOrganizationProfile } from "~/domain/organizations/update-organization-profile";
import { Notice } from "../components/organizations/form-parts";
import { OrganizationForm } from "../components/organizations/organization-form";
import { WorkspaceNav } from "../components/organizations/workspace-nav";
import { parseForm } from "../lib/form.server";
import { formFailure } from "../lib/http.server";
import {
  formRefusal,
  memberOrganization,
  orgDeps,
  withNotice,
} from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.organizacje.$id.edytuj";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { organization } = await memberOrganization(context, request, params.id, "profile.edit");
  const { db, tenantId } = orgDeps(context);
  return {
    organization: { id: organization.id, name: organization.name, status: organization.status },
    values: profileToFormValues(rowToProfile(organization)),
    districts: await listDistricts({ db, tenantId }),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { organization } = await memberOrganization(context, request, params.id, "profile.edit");
  const parsed = await parseForm(request, OrganizationProfileFormSchema, { arrays: PROFILE_FORM_ARRAYS });
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  try {
    const result = await updateOrganizationProfile({
      ...orgDeps(context),
      organizationId: organization.id,
      profile: parsed.data,
    });
    const notice = result.resubmitted
      ? "savedResubmitted"
      : result.changed.length
        ? "saved"
        : "nothingChanged";
    return withNotice(`/panel/organizacje/${organization.id}`, notice);
  } catch (error) {
    return formRefusal(error, parsed.values);
  }
}

export default function EditOrganization({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { organization } = loaderData;
  const title = t("org.edit.title", { name: organization.name });
  const refused = actionData && !actionData.ok ? actionData : null;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <WorkspaceNav id={organization.id} canEdit />
      {organization.status === "rejected" ? <Notice messageKey="org.edit.resubmitNote" kind="info" /> : null}
      {refused && !Object.keys(refused.fieldErrors).length ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      <OrganizationForm
        values={refused?.values ?? loaderData.values}
        errors={refused?.fieldErrors}
        districts={loaderData.districts}
        submitLabel={t("org.edit.submit")}
      />
    </>
  );
}
