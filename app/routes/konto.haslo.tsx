import { redirect } from "react-router";
import { changePassword } from "~/domain/identity/change-password";
import { ChangePasswordSchema } from "~/domain/identity/schemas";
import { asFailure } from "../components/identity/form-failure";
import { PasswordForm } from "../components/identity/password-form";
import { parseForm } from "../lib/form.server";
import { formFailure, runAction } from "../lib/http.server";
import { identityDeps, requireFreshAccount, withoutSecrets } from "../lib/identity/identity-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/konto.haslo";

export function loader({ request, context }: Route.LoaderArgs) {
  requireFreshAccount(context, request);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const { ref } = requireFreshAccount(context, request);
  const parsed = await parseForm(request, ChangePasswordSchema);
  const values = withoutSecrets(parsed.values);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, values);
  return runAction(async () => {
    await changePassword({ ...identityDeps(context), ...ref, password: parsed.data.password });
    return redirect("/konto?zmiana=haslo");
  }, values);
}

export default function ChangePassword({ actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("identity.changePassword.title")} — ${tenant.name}`}</title>
      <h1>{t("identity.changePassword.title")}</h1>
      <p className="lead">{t("identity.changePassword.lead")}</p>
      <PasswordForm
        kind="new"
        failure={asFailure(actionData)}
        submitLabel={t("identity.changePassword.submit")}
      />
    </>
  );
}
