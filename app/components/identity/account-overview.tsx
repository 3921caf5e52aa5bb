import { useT } from "../../lib/shell";
import { PostForm } from "../forms";

interface AccountOverviewProps {
  name: string;
  email: string;
  emailVerified: boolean;
  totpEnabled: boolean;
}

/** Name, address (with a button to resend the confirmation link) and 2FA status. */
export function AccountOverview(props: AccountOverviewProps) {
  const t = useT();
  return (
    <dl className="facts">
      <dt>{t("identity.account.name")}</dt>
      <dd>{props.name}</dd>
      <dt>{t("identity.account.email")}</dt>
      <dd>
        {props.email}{" "}
        <span className="badge">
          {props.emailVerified ? t("identity.account.emailVerified") : t("identity.account.emailNotVerified")}
        </span>
        {props.emailVerified ? null : (
          <PostForm className="inline-form">
            <button type="submit" className="link-button">
              {t("identity.account.resend")}
            </button>
          </PostForm>
        )}
      </dd>
      <dt>{t("identity.account.twoFactor")}</dt>
      <dd>{props.totpEnabled ? t("identity.account.twoFactorOn") : t("identity.account.twoFactorOff")}</dd>
    </dl>
  );
}
