import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";
import { ROLE_NAMES, renderMail } from "./layout";

/** An invitation to join an organisation's workspace; the link carries the single-use token. */
export function invitationMail(
  locale: MailLocale,
  data: {
    organizationName: string;
    inviterName: string;
    role: "owner" | "editor" | "viewer";
    link: string;
    expiresOn: string;
  },
): RenderedMail {
  const role = ROLE_NAMES[locale][data.role];
  if (locale === "en") {
    return renderMail(locale, {
      subject: `Invitation to ${data.organizationName}`,
      paragraphs: [
        `${data.inviterName} invites you to the workspace of ${data.organizationName} on the Pożytek platform as ${role}.`,
        `Log in (or create an account) with this e-mail address and open the link. It is valid until ${data.expiresOn}.`,
      ],
      link: { href: data.link, label: "Accept the invitation" },
    });
  }
  return renderMail(locale, {
    subject: `Zaproszenie do organizacji ${data.organizationName}`,
    paragraphs: [
      `${data.inviterName} zaprasza Cię do zespołu organizacji ${data.organizationName} na platformie Pożytek z rolą: ${role}.`,
      `Zaloguj się (albo załóż konto) na ten adres e-mail i otwórz link. Zaproszenie jest ważne do ${data.expiresOn}.`,
    ],
    link: { href: data.link, label: "Przyjmij zaproszenie" },
  });
}
