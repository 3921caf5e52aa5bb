import type { MailLocale, RenderedMail } from "~/platform/mail/templates/types";
import { renderMail } from "./layout";

export interface ResetPasswordMailParams {
  locale: MailLocale;
  name: string;
  tenantName: string;
  link: string;
  validMinutes: number;
}

/** Sent on a password-reset request: a single-use link valid for at most an hour. */
export function resetPasswordMail(p: ResetPasswordMailParams): RenderedMail {
  if (p.locale === "en") {
    return renderMail(
      {
        subject: "Set a new password",
        greeting: `Hello ${p.name},`,
        paragraphs: ["someone (hopefully you) asked to set a new password for your account."],
        action: { label: "Set a new password", url: p.link },
        after: [
          `The link works once and is valid for ${p.validMinutes} minutes.`,
          "If you did not ask for it, ignore this message: your password stays as it was.",
        ],
        tenantName: p.tenantName,
      },
      "en",
    );
  }
  return renderMail(
    {
      subject: "Ustaw nowe hasło",
      greeting: "Dzień dobry,",
      paragraphs: ["otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta."],
      action: { label: "Ustaw nowe hasło", url: p.link },
      after: [
        `Link działa jeden raz i jest ważny przez ${p.validMinutes} min.`,
        "Jeśli to nie Ty prosiłeś(-aś) o zmianę, zignoruj tę wiadomość — hasło pozostanie bez zmian.",
      ],
      tenantName: p.tenantName,
    },
    "pl",
  );
}
