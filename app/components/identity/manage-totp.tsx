import { Link } from "react-router";
import { useT } from "../../lib/shell";
import { PostForm } from "../forms";
import { CodeForm } from "./code-form";
import { asFailure } from "./form-failure";
import { TotpEnrolment } from "./totp-enrolment";

interface Candidate {
  secret: string;
  qrDataUrl: string;
}

interface ManageTotpProps {
  totpEnabled: boolean;
  isStaff: boolean;
  /** The password was typed again recently, so changes can be made now. */
  fresh: boolean;
  candidate: Candidate | null;
  actionData: unknown;
}

const REAUTH_LINK = "/konto/potwierdz?returnTo=%2Fkonto%2F2fa";

/** The 2FA status, moving it to a new phone and, for people who are not staff, switching it off. */
export function ManageTotp(props: ManageTotpProps) {
  const t = useT();
  const failure = asFailure(props.actionData);
  const returned = (props.actionData as { candidate?: Candidate } | undefined)?.candidate;
  const candidate = returned ?? props.candidate;
  if (!props.totpEnabled) {
    return (
      <>
        <p>{t("identity.manageTwoFactor.off")}</p>
        <p>{t("identity.manageTwoFactor.staffOnly")}</p>
      </>
    );
  }
  return (
    <>
      <p>{t("identity.manageTwoFactor.on")}</p>
      <h2>{t("identity.manageTwoFactor.resetTitle")}</h2>
      {props.fresh && candidate ? (
        <>
          <p>{t("identity.manageTwoFactor.resetLead")}</p>
          <TotpEnrolment secret={candidate.secret} qrDataUrl={candidate.qrDataUrl} />
          <CodeForm failure={failure} submitLabel={t("identity.manageTwoFactor.resetSubmit")}>
            <input type="hidden" name="intent" value="reset" />
            <input type="hidden" name="secret" value={candidate.secret} />
          </CodeForm>
        </>
      ) : (
        <p>
          <Link to={REAUTH_LINK}>{t("identity.reauth.title")}</Link>
        </p>
      )}
      {props.isStaff ? null : (
        <>
          <h2>{t("identity.manageTwoFactor.disableTitle")}</h2>
          <PostForm>
            <input type="hidden" name="intent" value="disable" />
            <button type="submit" className="danger">
              {t("identity.manageTwoFactor.disableSubmit")}
            </button>
          </PostForm>
        </>
      )}
    </>
  );
}
