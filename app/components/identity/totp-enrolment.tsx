import { useT } from "../../lib/shell";

/** Groups a base32 key in fours so it can be read out and typed without losing one's place. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** The steps, the QR code (an image, no script) and the key to type by hand. */
export function TotpEnrolment({ secret, qrDataUrl }: { secret: string; qrDataUrl: string }) {
  const t = useT();
  return (
    <>
      <ol>
        <li>{t("identity.twoFactor.step1")}</li>
        <li>{t("identity.twoFactor.step2")}</li>
        <li>{t("identity.twoFactor.step3")}</li>
      </ol>
      <p>
        <img src={qrDataUrl} alt={t("identity.twoFactor.qrAlt")} width={220} height={220} />
      </p>
      <dl className="facts">
        <dt>{t("identity.twoFactor.secretLabel")}</dt>
        <dd>
          <code translate="no">{grouped(secret)}</code>
        </dd>
      </dl>
      <p className="field__hint">{t("identity.twoFactor.secretHint")}</p>
    </>
  );
}
