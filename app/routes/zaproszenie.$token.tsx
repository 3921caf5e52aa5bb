import { data, Link, redirect } from "react-router";
import { acceptInvitation, findInvitation } from "~/domain/organizations/accept-invitation";
import { isAppError } from "~/platform/errors/app-error";
import { PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { viewerContext } from "../lib/contexts";
import { appErrorResponse } from "../lib/http.server";
import { orErrorPage, orgDeps, requireMember } from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/zaproszenie.$token";

export async function loader({ context, params }: Route.LoaderArgs) {
  const { db, tenantId, clock } = orgDeps(context);
  const { invitation, organizationName } = await orErrorPage(findInvitation(db, tenantId, params.token));
  const viewer = context.get(viewerContext).user;
  const state = invitation.acceptedAt ? "used" : invitation.expiresAt <= clock.now() ? "expired" : "valid";
  return {
    organizationName,
    role: invitation.role,
    email: invitation.email,
    state,
    viewerEmail: viewer?.email ?? null,
    matches: viewer ? viewer.email.toLowerCase() === invitation.email.toLowerCase() : false,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  requireMember(context, request);
  try {
    const { organizationId } = await acceptInvitation({ ...orgDeps(context), token: params.token });
    return redirect(`/panel/organizacje/${organizationId}?komunikat=joined`);
  } catch (error) {
    if (isAppError(error) && (error.code === "GONE" || error.code === "FORBIDDEN")) {
      return data({ messageKey: error.messageKey }, { status: error.status });
    }
    if (isAppError(error)) return appErrorResponse(error);
    throw error;
  }
}

export default function Invitation({ loaderData, actionData, params }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { state, viewerEmail, matches } = loaderData;
  const returnTo = encodeURIComponent(`/zaproszenie/${params.token}`);
  return (
    <>
      <title>{`${t("org.invitation.title")} — ${tenant.name}`}</title>
      <h1>{t("org.invitation.title")}</h1>
      <p>
        {t("org.invitation.body", {
          name: loaderData.organizationName,
          role: t(`org.role.${loaderData.role}`),
          email: loaderData.email,
        })}
      </p>
      <Notice
        messageKey={actionData && "messageKey" in actionData ? actionData.messageKey : null}
        kind="error"
      />
      {state === "used" ? <Notice messageKey="org.error.invitationUsed" kind="error" /> : null}
      {state === "expired" ? <Notice messageKey="org.error.invitationExpired" kind="error" /> : null}
      {state === "valid" && !viewerEmail ? (
        <div className="notice">
          <p>{t("org.invitation.loginFirst", { email: loaderData.email })}</p>
          <p>
            <Link to={`/logowanie?returnTo=${returnTo}`}>{t("org.register.login")}</Link>
            {" · "}
            <Link to={`/rejestracja?returnTo=${returnTo}`}>{t("org.register.createAccount")}</Link>
          </p>
        </div>
      ) : null}
      {state === "valid" && viewerEmail && !matches ? (
        <Notice
          messageKey="org.invitation.otherAccount"
          params={{ current: viewerEmail, email: loaderData.email }}
          kind="error"
        />
      ) : null}
      {state === "valid" && matches ? (
        <PostForm>
          <div className="actions">
            <button type="submit" className="primary">
              {t("org.invitation.accept")}
            </button>
          </div>
        </PostForm>
      ) : null}
    </>
  );
}
