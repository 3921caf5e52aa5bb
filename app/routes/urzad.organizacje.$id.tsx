import { Link } from "react-router";
import { rejectOrganization } from "~/domain/organizations/reject-organization";
import { verifyOrganization } from "~/domain/organizations/verify-organization";
import { DecisionForms } from "../components/organizations/decision-forms";
import { Notice } from "../components/organizations/form-parts";
import { OrganizationFacts } from "../components/organizations/organization-facts";
import { OrganizationHistory } from "../components/organizations/organization-history";
import { StatusExplained } from "../components/organizations/status-explained";
import { runAction } from "../lib/http.server";
import {
  noticeOf,
  orgDeps,
  staffOrganization,
  withNotice,
} from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.organizacje.$id";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  return { ...(await staffOrganization(context, request, params.id)), notice: noticeOf(request) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { organization, staffRoles } = await staffOrganization(context, request, params.id);
  const form = await request.formData();
  const deps = { ...orgDeps(context), staffRoles, organizationId: organization.id };
  const back = `/urzad/organizacje/${organization.id}`;
  if (form.get("intent") === "verify") {
    return runAction(async () => {
      await verifyOrganization(deps);
      return withNotice(back, "verified");
    });
  }
  const reason = String(form.get("reason") ?? "");
  return runAction(
    async () => {
      await rejectOrganization({ ...deps, reason });
      return withNotice(back, "rejected");
    },
    { reason },
  );
}

export default function BackOfficeOrganization({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { organization, members, history, creator, allowed } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  return (
    <>
      <title>{`${organization.name} — ${tenant.name}`}</title>
      <h1>{organization.name}</h1>
      <p>
        <Link to="/urzad/organizacje">{t("org.backOffice.back")}</Link>
      </p>
      <Notice messageKey={loaderData.notice} />
      {refused && !Object.keys(refused.fieldErrors).length ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      <StatusExplained status={organization.status} reason={organization.rejectionReason} />
      <DecisionForms
        canVerify={allowed.verify}
        canReject={allowed.reject}
        errors={refused?.fieldErrors}
        values={refused?.values}
      />
      <h2>{t("org.fieldset.identity")}</h2>
      {creator ? (
        <p>
          {t("org.backOffice.registeredBy")}: {creator.name} ({creator.email})
        </p>
      ) : null}
      <OrganizationFacts organization={organization} />
      <h2>{t("org.backOffice.members")}</h2>
      {members.length === 0 ? (
        <p>{t("org.backOffice.members.empty")}</p>
      ) : (
        <ul>
          {members.map((m) => (
            <li key={m.email}>
              {m.name} ({m.email}) — {t(`org.role.${m.role}`)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("org.backOffice.history")}</h2>
      <OrganizationHistory history={history} />
    </>
  );
}
