import type { MailLocale, RenderedMail } from "~/platform/mail/templates/types";
import { renderMail } from "./layout";

export interface VerifyEmailMailParams {
  locale: MailLocale;
  name: string;
  tenantName: string;
  link: string;
  validHours: number;
}

/** Sent after registration: the link that confirms the address. */
export function verifyEmailMail(p: VerifyEmailMailParams): RenderedMail {
  if (p.locale === "en") {
    return renderMail(
      {
        subject: "Confirm your e-mail address",
        greeting: `Hello ${p.name},`,
        paragraphs: [
          `an account was created with this address on the NGO cooperation platform of ${p.tenantName}.`,
        ],
        action: { label: "Confirm the address", url: p.link },
        after: [
          `The link is valid for ${p.validHours} hours.`,
          "If you did not create the account, ignore this message.",
        ],
        tenantName: p.tenantName,
      },
      "en",
    );
  }
  return renderMail(
    {
      subject: "Potwierdź adres e-mail",
      greeting: "Dzień dobry,",
      paragraphs: [
        `na platformie współpracy z organizacjami pozarządowymi (${p.tenantName}) założono konto z tym adresem.`,
      ],
      action: { label: "Potwierdź adres", url: p.link },
      after: [
        `Link jest ważny przez ${p.validHours} godz.`,
        "Jeśli to nie Ty zakładałeś(-aś) konto, zignoruj tę wiadomość.",
      ],
      tenantName: p.tenantName,
    },
    "pl",
  );
}
