import { redirect } from "react-router";
import { reauthenticate } from "~/domain/identity/reauthenticate";
import { ReauthenticateSchema } from "~/domain/identity/schemas";
import { asFailure } from "../components/identity/form-failure";
import { PasswordForm } from "../components/identity/password-form";
import { parseForm } from "../lib/form.server";
import { formFailure, runAction } from "../lib/http.server";
import { identityDeps, requireAccount, withoutSecrets } from "../lib/identity/identity-route.server";
import { safeReturnTo } from "../lib/safe-return-to";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/konto.potwierdz";

export function loader({ request, context }: Route.LoaderArgs) {
  requireAccount(context, request);
  return { returnTo: safeReturnTo(new URL(request.url).searchParams.get("returnTo"), "/konto") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { ref } = requireAccount(context, request);
  const parsed = await parseForm(request, ReauthenticateSchema);
  const values = withoutSecrets(parsed.values);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, values);
  return runAction(async () => {
    await reauthenticate({ ...identityDeps(context), ...ref, password: parsed.data.password });
    return redirect(safeReturnTo(parsed.data.returnTo, "/konto"));
  }, values);
}

export default function Reauthenticate({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("identity.reauth.title")} — ${tenant.name}`}</title>
      <h1>{t("identity.reauth.title")}</h1>
      <p className="lead">{t("identity.reauth.lead")}</p>
      <PasswordForm kind="current" failure={asFailure(actionData)} submitLabel={t("identity.reauth.submit")}>
        <input type="hidden" name="returnTo" value={loaderData.returnTo} />
      </PasswordForm>
    </>
  );
}
