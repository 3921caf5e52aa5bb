import { Link, redirect } from "react-router";
import { logIn } from "~/domain/identity/log-in";
import { LoginSchema } from "~/domain/identity/schemas";
import { Field, PostForm } from "../components/forms";
import { asFailure, FormFailure } from "../components/identity/form-failure";
import { requestInfoContext, viewerContext } from "../lib/contexts";
import { parseForm } from "../lib/form.server";
import { formFailure, runAction } from "../lib/http.server";
import {
  currentSessionToken,
  identityDeps,
  pendingSecondFactor,
  secondFactorUrl,
  sessionCookie,
  withoutSecrets,
} from "../lib/identity/identity-route.server";
import { safeReturnTo } from "../lib/safe-return-to";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/logowanie._index";

export function loader({ request, context }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  const returnTo = safeReturnTo(params.get("returnTo"));
  const pending = pendingSecondFactor(context);
  if (pending) throw redirect(secondFactorUrl(pending, returnTo));
  if (context.get(viewerContext).user) throw redirect(returnTo);
  return { returnTo, passwordReset: params.has("haslo") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const parsed = await parseForm(request, LoginSchema);
  const values = withoutSecrets(parsed.values);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, values);
  const returnTo = safeReturnTo(parsed.data.returnTo);
  return runAction(async () => {
    const result = await logIn({
      ...identityDeps(context),
      email: parsed.data.email,
      password: parsed.data.password,
      userAgent: context.get(requestInfoContext).userAgent,
      previousSessionToken: currentSessionToken(context),
    });
    const target = result.secondFactor === "none" ? returnTo : secondFactorUrl(result.secondFactor, returnTo);
    return redirect(target, {
      headers: { "Set-Cookie": sessionCookie(context, result.token, result.expiresAt) },
    });
  }, values);
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const failure = asFailure(actionData);
  const labels = { email: t("identity.email.label"), password: t("identity.password.label") };
  return (
    <>
      <title>{`${t("identity.login.title")} — ${tenant.name}`}</title>
      <h1>{t("identity.login.title")}</h1>
      {loaderData.passwordReset && !failure ? (
        <div className="notice notice--success" role="status">
          <p>{t("identity.login.passwordReset")}</p>
        </div>
      ) : null}
      <PostForm>
        <FormFailure failure={failure} labels={labels} />
        <input type="hidden" name="returnTo" value={loaderData.returnTo} />
        <Field
          name="email"
          type="email"
          label={labels.email}
          autoComplete="username"
          maxLength={254}
          required
          errors={failure?.fieldErrors}
          defaultValue={failure?.values.email}
        />
        <Field
          name="password"
          type="password"
          label={labels.password}
          autoComplete="current-password"
          required
          errors={failure?.fieldErrors}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t("identity.login.submit")}
          </button>
        </div>
      </PostForm>
      <p>
        <Link to="/reset-hasla">{t("identity.login.forgot")}</Link>
      </p>
      <p>
        <Link to="/rejestracja">{t("identity.login.register")}</Link>
      </p>
    </>
  );
}
