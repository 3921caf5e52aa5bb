import { changeEmail } from "~/domain/identity/change-email";
import { ChangeEmailSchema } from "~/domain/identity/schemas";
import { Field, PostForm } from "../components/forms";
import { asFailure, FormFailure } from "../components/identity/form-failure";
import { servicesContext } from "../lib/contexts";
import { parseForm } from "../lib/form.server";
import { formFailure, runAction } from "../lib/http.server";
import { identityDeps, requireFreshAccount } from "../lib/identity/identity-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/konto.email";

export function loader({ request, context }: Route.LoaderArgs) {
  const { user } = requireFreshAccount(context, request);
  return { email: user.email };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { ref } = requireFreshAccount(context, request);
  const parsed = await parseForm(request, ChangeEmailSchema);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  const { env } = context.get(servicesContext);
  return runAction(async () => {
    await changeEmail({ ...identityDeps(context), ...ref, email: parsed.data.email, appUrl: env.APP_URL });
    return { ok: true as const, sentTo: parsed.data.email };
  }, parsed.values);
}

export default function ChangeEmail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const failure = asFailure(actionData);
  const sentTo = actionData && "sentTo" in actionData ? actionData.sentTo : null;
  const labels = { email: t("identity.changeEmail.newLabel") };
  return (
    <>
      <title>{`${t("identity.changeEmail.title")} — ${tenant.name}`}</title>
      <h1>{t("identity.changeEmail.title")}</h1>
      {sentTo ? (
        <div className="notice notice--success" role="status">
          <p>{t("identity.changeEmail.sent", { email: sentTo })}</p>
        </div>
      ) : (
        <>
          <p>{t("identity.changeEmail.current", { email: loaderData.email })}</p>
          <PostForm>
            <FormFailure failure={failure} labels={labels} />
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
            <div className="actions">
              <button type="submit" className="primary">
                {t("identity.changeEmail.submit")}
              </button>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}
