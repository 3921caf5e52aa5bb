import type { MailLocale, RenderedMail } from "~/platform/mail/templates/types";
import { renderMail } from "./layout";

export type AccountChange = "password" | "email" | "totp";

export interface AccountChangedMailParams {
  locale: MailLocale;
  name: string;
  tenantName: string;
  change: AccountChange;
  /** For an e-mail change: the new address (the notice goes to the old one). */
  newEmail?: string;
}

const WHAT = {
  pl: {
    password: "Hasło do Twojego konta zostało zmienione.",
    email: "Adres e-mail Twojego konta został zmieniony na: {email}.",
    totp: "Zmieniono ustawienia weryfikacji dwuetapowej (aplikacji z kodami) Twojego konta.",
  },
  en: {
    password: "The password of your account was changed.",
    email: "The e-mail address of your account was changed to: {email}.",
    totp: "The two-step verification (authenticator app) of your account was changed.",
  },
} as const;

/** A security notice after a sensitive change, so a person notices a change they did not make. */
export function accountChangedMail(p: AccountChangedMailParams): RenderedMail {
  const what = WHAT[p.locale][p.change].replace("{email}", p.newEmail ?? "");
  if (p.locale === "en") {
    return renderMail(
      {
        subject: "Your account was changed",
        greeting: `Hello ${p.name},`,
        paragraphs: [what],
        after: [
          "If it was you, there is nothing to do. If not, set a new password at once through “Forgot your password?” on the login page and tell the office.",
        ],
        tenantName: p.tenantName,
      },
      "en",
    );
  }
  return renderMail(
    {
      subject: "Zmiana w Twoim koncie",
      greeting: "Dzień dobry,",
      paragraphs: [what],
      after: [
        "Jeśli to Ty, nic nie musisz robić. Jeśli nie, od razu ustaw nowe hasło („Nie pamiętasz hasła?” na stronie logowania) i powiadom urząd.",
      ],
      tenantName: p.tenantName,
    },
    "pl",
  );
}
