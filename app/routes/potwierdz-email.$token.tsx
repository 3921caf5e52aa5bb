import type { ReactNode } from "react";
import { Link } from "react-router";
import { isEmailTokenUsable, verifyEmail } from "~/domain/identity/verify-email";
import { isAppError } from "~/platform/errors/app-error";
import { PostForm } from "../components/forms";
import { servicesContext, viewerContext } from "../lib/contexts";
import { identityDeps } from "../lib/identity/identity-route.server";
import { translateError, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/potwierdz-email.$token";

/** Opening the link only shows a button: mail scanners that follow links must not use it up. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { db, clock } = context.get(servicesContext);
  return { usable: await isEmailTokenUsable(db, params.token, clock.now()) };
}

export async function action({ params, context }: Route.ActionArgs) {
  try {
    const { kind } = await verifyEmail({ ...identityDeps(context), token: params.token });
    return { done: kind, loggedIn: context.get(viewerContext).user !== null };
  } catch (error) {
    if (isAppError(error) && (error.code === "GONE" || error.code === "CONFLICT")) {
      return { refused: error.messageKey };
    }
    throw error;
  }
}

export default function ConfirmEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const title = t("identity.verify.title");
  let body: ReactNode;
  if (actionData && "done" in actionData) {
    body = (
      <div className="notice notice--success" role="status">
        <p>{t(actionData.done === "change_email" ? "identity.verify.changed" : "identity.verify.done")}</p>
        <p>
          {actionData.loggedIn ? (
            <Link to="/konto">{t("identity.verify.goToAccount")}</Link>
          ) : (
            <Link to="/logowanie">{t("identity.verify.goToLogin")}</Link>
          )}
        </p>
      </div>
    );
  } else if (!loaderData.usable || (actionData && "refused" in actionData)) {
    const key = actionData && "refused" in actionData ? actionData.refused : "identity.token.gone";
    body = (
      <div className="notice notice--error" role="alert">
        <p>{translateError(t, key)}</p>
      </div>
    );
  } else {
    body = (
      <>
        <p>{t("identity.verify.lead")}</p>
        <PostForm>
          <div className="actions">
            <button type="submit" className="primary">
              {t("identity.verify.submit")}
            </button>
          </div>
        </PostForm>
      </>
    );
  }
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <meta name="referrer" content="no-referrer" />
      <h1>{title}</h1>
      {body}
    </>
  );
}
