import { redirect } from "react-router";
import { confirmTotp } from "~/domain/identity/confirm-totp";
import { SecondFactorSchema } from "~/domain/identity/schemas";
import { setUpTotp } from "~/domain/identity/set-up-totp";
import { totpQrDataUrl } from "~/platform/auth/totp.server";
import { CodeForm } from "../components/identity/code-form";
import { asFailure } from "../components/identity/form-failure";
import { TotpEnrolment } from "../components/identity/totp-enrolment";
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
import type { Route } from "./+types/logowanie.2fa.konfiguracja";

/** Only a staff member without TOTP, right after the password, sets it up here. */
function requirePendingSetup(context: Route.LoaderArgs["context"], returnTo: string) {
  const { session } = context.get(viewerContext);
  if (!session) throw redirect(`/logowanie?returnTo=${encodeURIComponent(returnTo)}`);
  const pending = pendingSecondFactor(context);
  if (!pending) throw redirect(returnTo);
  if (pending === "verify") throw redirect(secondFactorUrl("verify", returnTo));
  return { userId: session.user.id, sessionIdHash: session.idHash };
}

/** Stores the pending secret on the first visit (the same one on every reload) and shows it. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get("returnTo"));
  const ref = requirePendingSetup(context, returnTo);
  const { secret, uri } = await setUpTotp({ ...identityDeps(context), ...ref });
  return { returnTo, secret, qrDataUrl: await totpQrDataUrl(uri) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const parsed = await parseForm(request, SecondFactorSchema);
  const values = withoutSecrets(parsed.values);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, values);
  const returnTo = safeReturnTo(parsed.data.returnTo);
  const ref = requirePendingSetup(context, returnTo);
  return runAction(async () => {
    await confirmTotp({ ...identityDeps(context), ...ref, code: parsed.data.code });
    return redirect(returnTo);
  }, values);
}

export default function SetUpSecondFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("identity.twoFactor.setupTitle")} — ${tenant.name}`}</title>
      <h1>{t("identity.twoFactor.setupTitle")}</h1>
      <p className="lead">{t("identity.twoFactor.setupLead")}</p>
      <TotpEnrolment secret={loaderData.secret} qrDataUrl={loaderData.qrDataUrl} />
      <CodeForm failure={asFailure(actionData)} submitLabel={t("identity.twoFactor.setupSubmit")}>
        <input type="hidden" name="returnTo" value={loaderData.returnTo} />
      </CodeForm>
    </>
  );
}
