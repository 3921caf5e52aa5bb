import { Link } from "react-router";
import { resendVerification } from "~/domain/identity/resend-verification";
import { AccountOverview } from "../components/identity/account-overview";
import { asFailure, FormFailure } from "../components/identity/form-failure";
import { servicesContext } from "../lib/contexts";
import { runAction } from "../lib/http.server";
import { identityDeps, requireAccount } from "../lib/identity/identity-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/konto._index";

/** Notices after a change elsewhere, chosen by a fixed word in the address (never free text). */
const NOTICES = {
  haslo: "identity.account.passwordChanged",
  "2fa": "identity.account.twoFactorChanged",
} as const;

export function loader({ request, context }: Route.LoaderArgs) {
  const { user, isStaff } = requireAccount(context, request);
  const notice = new URL(request.url).searchParams.get("zmiana");
  return {
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified,
    totpEnabled: user.totpEnabled,
    isStaff,
    notice: notice === "haslo" || notice === "2fa" ? NOTICES[notice] : null,
  };
}

/** The one action here: mail the confirmation link again. */
export async function action({ request, context }: Route.ActionArgs) {
  const { user } = requireAccount(context, request);
  const { env } = context.get(servicesContext);
  return runAction(async () => {
    await resendVerification({ ...identityDeps(context), userId: user.id, appUrl: env.APP_URL });
    return { ok: true as const };
  });
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const failure = asFailure(actionData);
  return (
    <>
      <title>{`${t("identity.account.title")} — ${tenant.name}`}</title>
      <h1>{t("identity.account.title")}</h1>
      {loaderData.notice ? (
        <div className="notice notice--success" role="status">
          <p>{t(loaderData.notice)}</p>
        </div>
      ) : null}
      {actionData && !failure ? (
        <div className="notice notice--success" role="status">
          <p>{t("identity.account.resent")}</p>
        </div>
      ) : null}
      <FormFailure failure={failure} labels={{}} />
      <AccountOverview {...loaderData} />
      <h2>{t("identity.account.security")}</h2>
      <ul>
        <li>
          <Link to="/konto/haslo">{t("identity.account.changePassword")}</Link>
        </li>
        <li>
          <Link to="/konto/email">{t("identity.account.changeEmail")}</Link>
        </li>
        <li>
          <Link to="/konto/2fa">{t("identity.account.manageTwoFactor")}</Link>
        </li>
      </ul>
    </>
  );
}
