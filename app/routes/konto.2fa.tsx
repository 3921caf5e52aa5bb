import { data, redirect } from "react-router";
import { disableTotp, resetTotp } from "~/domain/identity/disable-or-reset-totp";
import { isReauthFresh } from "~/domain/identity/policy";
import { ResetTotpSchema } from "~/domain/identity/schemas";
import { totpUriFor } from "~/domain/identity/set-up-totp";
import { generateTotpSecret, isTotpSecret, totpQrDataUrl } from "~/platform/auth/totp.server";
import { isAppError } from "~/platform/errors/app-error";
import type { FormFailureData } from "../components/identity/form-failure";
import { ManageTotp } from "../components/identity/manage-totp";
import { servicesContext, tenantContext } from "../lib/contexts";
import { validateForm } from "../lib/form.server";
import { appErrorResponse, formFailure } from "../lib/http.server";
import { identityDeps, requireAccount } from "../lib/identity/identity-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/konto.2fa";

type Context = Route.LoaderArgs["context"];

/** A new authenticator's secret and its QR code; not stored until a code from it is confirmed. */
async function candidateFor(context: Context, email: string, secret = generateTotpSecret()) {
  const tenant = context.get(tenantContext);
  return { secret, qrDataUrl: await totpQrDataUrl(totpUriFor(tenant, email, secret)) };
}

function isFresh(context: Context, reauthenticatedAt: Date | null) {
  return isReauthFresh(reauthenticatedAt, context.get(servicesContext).clock.now());
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user, session, isStaff } = requireAccount(context, request);
  const fresh = isFresh(context, session.reauthenticatedAt);
  const candidate = user.totpEnabled && fresh ? await candidateFor(context, user.email) : null;
  return { totpEnabled: user.totpEnabled, isStaff, fresh, candidate };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { user, session, ref } = requireAccount(context, request);
  if (!isFresh(context, session.reauthenticatedAt))
    throw redirect("/konto/potwierdz?returnTo=%2Fkonto%2F2fa");
  const form = await request.formData();
  const deps = identityDeps(context);
  if (form.get("intent") === "disable") {
    await disableTotp({ ...deps, ...ref }).catch((error) => {
      throw isAppError(error) ? appErrorResponse(error) : error;
    });
    return redirect("/konto?zmiana=2fa");
  }
  const parsed = validateForm(form, ResetTotpSchema);
  const typed = parsed.values.secret?.trim().toUpperCase() ?? "";
  const candidate = await candidateFor(context, user.email, isTotpSecret(typed) ? typed : undefined);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, {});
  try {
    await resetTotp({ ...deps, ...ref, secret: parsed.data.secret, code: parsed.data.code });
  } catch (error) {
    if (!isAppError(error) || !["VALIDATION", "RATE_LIMITED"].includes(error.code)) {
      throw isAppError(error) ? appErrorResponse(error) : error;
    }
    const body: FormFailureData = {
      ok: false,
      messageKey: error.messageKey,
      fieldErrors: error.fieldErrors,
      values: {},
    };
    return data({ ...body, candidate }, { status: error.status });
  }
  return redirect("/konto?zmiana=2fa");
}

export default function ManageSecondFactor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("identity.manageTwoFactor.title")} — ${tenant.name}`}</title>
      <h1>{t("identity.manageTwoFactor.title")}</h1>
      <ManageTotp {...loaderData} actionData={actionData} />
    </>
  );
}
