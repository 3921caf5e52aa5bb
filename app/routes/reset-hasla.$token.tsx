import { Link, redirect } from "react-router";
import { isResetTokenUsable, resetPassword } from "~/domain/identity/reset-password";
import { ResetPasswordSchema } from "~/domain/identity/schemas";
import { isAppError } from "~/platform/errors/app-error";
import { asFailure } from "../components/identity/form-failure";
import { PasswordForm } from "../components/identity/password-form";
import { servicesContext, viewerContext } from "../lib/contexts";
import { parseForm } from "../lib/form.server";
import { appErrorResponse, formFailure } from "../lib/http.server";
import { clearedSessionCookie, identityDeps, withoutSecrets } from "../lib/identity/identity-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/reset-hasla.$token";

export async function loader({ params, context }: Route.LoaderArgs) {
  const { db, clock } = context.get(servicesContext);
  return { usable: await isResetTokenUsable(db, params.token, clock.now()) };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const parsed = await parseForm(request, ResetPasswordSchema);
  const values = withoutSecrets(parsed.values);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, values);
  let userId: string;
  try {
    ({ userId } = await resetPassword({
      ...identityDeps(context),
      token: params.token,
      password: parsed.data.password,
    }));
  } catch (error) {
    if (isAppError(error) && error.code === "GONE") return { gone: true as const };
    if (isAppError(error)) return appErrorResponse(error, values);
    throw error;
  }
  // Every session of the person has ended; if this browser held one, its cookie goes too.
  const headers =
    context.get(viewerContext).user?.id === userId
      ? { "Set-Cookie": clearedSessionCookie(context) }
      : undefined;
  return redirect("/logowanie?haslo=ustawione", { headers });
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const gone = !loaderData.usable || (actionData !== undefined && "gone" in actionData);
  const title = gone ? t("identity.reset.goneTitle") : t("identity.reset.newTitle");
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <meta name="referrer" content="no-referrer" />
      <h1>{title}</h1>
      {gone ? (
        <>
          <p>{t("identity.token.gone")}</p>
          <p>
            <Link to="/reset-hasla">{t("identity.reset.requestAgain")}</Link>
          </p>
        </>
      ) : (
        <PasswordForm
          kind="new"
          failure={asFailure(actionData)}
          submitLabel={t("identity.reset.newSubmit")}
        />
      )}
    </>
  );
}
