import { requestPasswordReset } from "~/domain/identity/request-password-reset";
import { RequestPasswordResetSchema } from "~/domain/identity/schemas";
import { RESET_TOKEN_TTL_MS } from "~/platform/auth/rules";
import { Field, PostForm } from "../components/forms";
import { asFailure, FormFailure } from "../components/identity/form-failure";
import { servicesContext } from "../lib/contexts";
import { parseForm } from "../lib/form.server";
import { formFailure, runAction } from "../lib/http.server";
import { identityDeps } from "../lib/identity/identity-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/reset-hasla._index";

const MINUTES = RESET_TOKEN_TTL_MS / 60_000;

export async function action({ request, context }: Route.ActionArgs) {
  const parsed = await parseForm(request, RequestPasswordResetSchema);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  const { env } = context.get(servicesContext);
  return runAction(async () => {
    await requestPasswordReset({ ...identityDeps(context), email: parsed.data.email, appUrl: env.APP_URL });
    return { ok: true as const };
  }, parsed.values);
}

export default function RequestReset({ actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const failure = asFailure(actionData);
  const sent = actionData !== undefined && !failure;
  const labels = { email: t("identity.email.label") };
  return (
    <>
      <title>{`${t("identity.reset.title")} — ${tenant.name}`}</title>
      <h1>{t("identity.reset.title")}</h1>
      {sent ? (
        <div className="notice notice--success" role="status">
          <p>{t("identity.reset.sent", { minutes: MINUTES })}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t("identity.reset.lead", { minutes: MINUTES })}</p>
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
                {t("identity.reset.submit")}
              </button>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}
