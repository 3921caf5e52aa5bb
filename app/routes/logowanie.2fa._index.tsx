import { redirect } from "react-router";
import { SecondFactorSchema } from "~/domain/identity/schemas";
import { verifySecondFactor } from "~/domain/identity/verify-second-factor";
import { CodeForm } from "../components/identity/code-form";
import { asFailure } from "../components/identity/form-failure";
import { viewerContext } from "../lib/contexts";
import { parseForm } from "../lib/form.server";
import { formFailure, runAction } from "../lib/http.server";
import {
  identityDeps,
  pendingSecondFactor,
  secondFactorUrl,
  withoutSecrets,
} from "../lib/identity/identity-route.server";
import { safeReturnTo } from "../lib/safe-return-to";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/logowanie.2fa._index";

/** Sends away whoever has no code to give here; returns the session to check it for. */
function requirePendingVerify(context: Route.LoaderArgs["context"], returnTo: string) {
  const { session } = context.get(viewerContext);
  if (!session) throw redirect(`/logowanie?returnTo=${encodeURIComponent(returnTo)}`);
  const pending = pendingSecondFactor(context);
  if (!pending) throw redirect(returnTo);
  if (pending === "setup") throw redirect(secondFactorUrl("setup", returnTo));
  return { userId: session.user.id, sessionIdHash: session.idHash };
}

export function loader({ request, context }: Route.LoaderArgs) {
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get("returnTo"));
  requirePendingVerify(context, returnTo);
  return { returnTo };
}

export async function action({ request, context }: Route.ActionArgs) {
  const parsed = await parseForm(request, SecondFactorSchema);
  const values = withoutSecrets(parsed.values);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, values);
  const returnTo = safeReturnTo(parsed.data.returnTo);
  const ref = requirePendingVerify(context, returnTo);
  return runAction(async () => {
    await verifySecondFactor({ ...identityDeps(context), ...ref, code: parsed.data.code });
    return redirect(returnTo);
  }, values);
}

export default function SecondFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("identity.twoFactor.title")} — ${tenant.name}`}</title>
      <h1>{t("identity.twoFactor.title")}</h1>
      <p className="lead">{t("identity.twoFactor.lead")}</p>
      <CodeForm failure={asFailure(actionData)} submitLabel={t("identity.twoFactor.submit")}>
        <input type="hidden" name="returnTo" value={loaderData.returnTo} />
      </CodeForm>
    </>
  );
}
