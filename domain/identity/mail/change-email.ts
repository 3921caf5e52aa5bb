import type { MailLocale, RenderedMail } from "~/platform/mail/templates/types";
import { renderMail } from "./layout";

export interface ChangeEmailMailParams {
  locale: MailLocale;
  name: string;
  tenantName: string;
  link: string;
  validHours: number;
}

/** Sent to the new address of an e-mail change: the link that confirms it. */
export function changeEmailMail(p: ChangeEmailMailParams): RenderedMail {
  if (p.locale === "en") {
    return renderMail(
      {
        subject: "Confirm your new e-mail address",
        greeting: `Hello ${p.name},`,
        paragraphs: ["you asked to use this address for your account on the NGO cooperation platform."],
        action: { label: "Confirm the new address", url: p.link },
        after: [
          `The link is valid for ${p.validHours} hours. Until you confirm, the old address stays in use.`,
          "If you did not ask for it, ignore this message.",
        ],
        tenantName: p.tenantName,
      },
      "en",
    );
  }
  return renderMail(
    {
      subject: "Potwierdź nowy adres e-mail",
      greeting: "Dzień dobry,",
      paragraphs: [
        "poproszono o zmianę adresu e-mail konta na platformie współpracy z organizacjami na ten adres.",
      ],
      action: { label: "Potwierdź nowy adres", url: p.link },
      after: [
        `Link jest ważny przez ${p.validHours} godz. Do potwierdzenia obowiązuje dotychczasowy adres.`,
        "Jeśli to nie Ty prosiłeś(-aś) o zmianę, zignoruj tę wiadomość.",
      ],
      tenantName: p.tenantName,
    },
    "pl",
  );
}
