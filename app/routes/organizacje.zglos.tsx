import { Link } from "react-router";
import { listDistricts } from "~/domain/organizations/list-districts";
import { registerOrganization } from "~/domain/organizations/register-organization";
import { requestToJoin } from "~/domain/organizations/request-to-join";
import { OrganizationProfileFormSchema, PROFILE_FORM_ARRAYS } from "~/domain/organizations/schemas";
import { DuplicateNotice } from "../components/organizations/duplicate-notice";
import { Notice } from "../components/organizations/form-parts";
import { OrganizationForm } from "../components/organizations/organization-form";
import { viewerContext } from "../lib/contexts";
import { validateForm } from "../lib/form.server";
import { formFailure, runAction } from "../lib/http.server";
import { localKrsHint, prefillFromKrs } from "../lib/organizations/krs-prefill.server";
import {
  formRefusal,
  orgDeps,
  requireMember,
  withNotice,
} from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/organizacje.zglos";

export async function loader({ context }: Route.LoaderArgs) {
  if (!context.get(viewerContext).user) return { loggedIn: false as const };
  const { db, tenantId } = orgDeps(context);
  return {
    loggedIn: true as const,
    districts: await listDistricts({ db, tenantId }),
    localHint: localKrsHint(),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireMember(context, request);
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "prefill") return prefillFromKrs(form);
  if (intent === "join") {
    const message = String(form.get("message") ?? "");
    return runAction(
      async () => {
        await requestToJoin({
          ...orgDeps(context),
          organizationId: String(form.get("organizationId")),
          message,
        });
        return withNotice("/panel", "joinRequested");
      },
      { message },
    );
  }
  const parsed = validateForm(form, OrganizationProfileFormSchema, { arrays: PROFILE_FORM_ARRAYS });
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  try {
    const { organizationId } = await registerOrganization({ ...orgDeps(context), profile: parsed.data });
    return withNotice(`/panel/organizacje/${organizationId}`, "registered");
  } catch (error) {
    return formRefusal(error, parsed.values);
  }
}

export default function RegisterOrganization({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const returnTo = encodeURIComponent("/organizacje/zglos");
  const refused = actionData && !actionData.ok ? actionData : null;
  const duplicate =
    refused && "duplicate" in refused ? (refused.duplicate as { id: string; name: string }) : null;
  return (
    <>
      <title>{`${t("org.register.title")} — ${tenant.name}`}</title>
      <h1>{t("org.register.title")}</h1>
      {loaderData.loggedIn ? (
        <>
          <p className="lead">{t("org.register.lead")}</p>
          {duplicate ? <DuplicateNotice duplicate={duplicate} /> : null}
          {refused && !Object.keys(refused.fieldErrors).length ? (
            <Notice messageKey={refused.messageKey} kind="error" />
          ) : null}
          <OrganizationForm
            values={actionData?.values ?? {}}
            errors={refused?.fieldErrors}
            districts={loaderData.districts}
            submitLabel={t("org.register.submit")}
            prefill={{ outcome: actionData?.ok ? actionData.prefill : null, localHint: loaderData.localHint }}
          />
        </>
      ) : (
        <div className="notice">
          <p>{t("org.register.loginFirst")}</p>
          <p>
            <Link to={`/logowanie?returnTo=${returnTo}`}>{t("org.register.login")}</Link>
            {" · "}
            <Link to={`/rejestracja?returnTo=${returnTo}`}>{t("org.register.createAccount")}</Link>
          </p>
        </div>
      )}
    </>
  );
}
