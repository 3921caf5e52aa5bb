import { Link, redirect } from "react-router";
import { registerAccount } from "~/domain/identity/register-account";
import { RegisterSchema } from "~/domain/identity/schemas";
import { PASSWORD_MIN_LENGTH } from "~/platform/auth/rules";
import { Field, PostForm } from "../components/forms";
import { asFailure, FormFailure } from "../components/identity/form-failure";
import { preferencesContext, servicesContext, viewerContext } from "../lib/contexts";
import { parseForm } from "../lib/form.server";
import { formFailure, runAction } from "../lib/http.server";
import { identityDeps, withoutSecrets } from "../lib/identity/identity-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/rejestracja";

export function loader({ request, context }: Route.LoaderArgs) {
  if (context.get(viewerContext).user) throw redirect("/konto");
  return { sent: new URL(request.url).searchParams.has("wyslano") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const parsed = await parseForm(request, RegisterSchema);
  const values = withoutSecrets(parsed.values);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, values);
  const { env } = context.get(servicesContext);
  const locale = context.get(preferencesContext).locale;
  return runAction(async () => {
    await registerAccount({ ...identityDeps(context), ...parsed.data, locale, appUrl: env.APP_URL });
    return redirect("/rejestracja?wyslano=1");
  }, values);
}

export default function Register({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const failure = asFailure(actionData);
  const title = loaderData.sent ? t("identity.register.sentTitle") : t("identity.register.title");
  const labels = {
    name: t("identity.name.label"),
    email: t("identity.email.label"),
    password: t("identity.password.label"),
  };
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      {loaderData.sent ? (
        <div className="notice notice--success" role="status">
          <p>{t("identity.register.sentBody")}</p>
          <p>
            <Link to="/logowanie">{t("identity.verify.goToLogin")}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t("identity.register.lead")}</p>
          <PostForm>
            <FormFailure failure={failure} labels={labels} />
            <Field
              name="name"
              label={labels.name}
              autoComplete="name"
              maxLength={200}
              required
              errors={failure?.fieldErrors}
              defaultValue={failure?.values.name}
            />
            <Field
              name="email"
              type="email"
              label={labels.email}
              autoComplete="email"
              maxLength={254}
              required
              errors={failure?.fieldErrors}
              defaultValue={failure?.values.email}
            />
            <Field
              name="password"
              type="password"
              label={labels.password}
              hint={t("identity.password.hint", { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              errors={failure?.fieldErrors}
            />
            <div className="actions">
              <button type="submit" className="primary">
                {t("identity.register.submit")}
              </button>
            </div>
          </PostForm>
          <p>
            <Link to="/logowanie">{t("identity.register.haveAccount")}</Link>
          </p>
        </>
      )}
    </>
  );
}
