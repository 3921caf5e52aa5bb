import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";
import { ROLE_NAMES, renderMail } from "./layout";

/** To the owners: someone asks to join the organisation. */
export function joinRequestReceivedMail(
  locale: MailLocale,
  data: {
    organizationName: string;
    requesterName: string;
    requesterEmail: string;
    message: string;
    link: string;
  },
): RenderedMail {
  const message = data.message ? [data.message] : [];
  if (locale === "en") {
    return renderMail(locale, {
      subject: `Request to join ${data.organizationName}`,
      paragraphs: [
        `${data.requesterName} (${data.requesterEmail}) asks to join ${data.organizationName}.`,
        ...message,
      ],
      link: { href: data.link, label: "Review the request" },
    });
  }
  return renderMail(locale, {
    subject: `Prośba o dołączenie do organizacji ${data.organizationName}`,
    paragraphs: [
      `${data.requesterName} (${data.requesterEmail}) prosi o dołączenie do organizacji ${data.organizationName}.`,
      ...message,
    ],
    link: { href: data.link, label: "Rozpatrz prośbę" },
  });
}

/** To the person who asked: the owners accepted or declined. */
export function joinRequestDecidedMail(
  locale: MailLocale,
  data: { organizationName: string; accepted: boolean; role: "owner" | "editor" | "viewer"; link: string },
): RenderedMail {
  const role = ROLE_NAMES[locale][data.role];
  if (locale === "en") {
    return renderMail(locale, {
      subject: `${data.organizationName}: your request to join`,
      paragraphs: [
        data.accepted
          ? `Your request to join ${data.organizationName} was accepted. Your role: ${role}.`
          : `Your request to join ${data.organizationName} was declined.`,
      ],
      link: data.accepted ? { href: data.link, label: "Open the organisation's workspace" } : undefined,
    });
  }
  return renderMail(locale, {
    subject: `${data.organizationName}: prośba o dołączenie`,
    paragraphs: [
      data.accepted
        ? `Twoja prośba o dołączenie do organizacji ${data.organizationName} została przyjęta. Twoja rola: ${role}.`
        : `Twoja prośba o dołączenie do organizacji ${data.organizationName} została odrzucona.`,
    ],
    link: data.accepted ? { href: data.link, label: "Przejdź do panelu organizacji" } : undefined,
  });
}
