import { renderMail } from "../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../platform/mail/templates/types";

/** The message from the portal's form as mail to the coordinator; everything typed is escaped by the layout. */
export function inboxMessageMail(
  locale: MailLocale,
  data: {
    tenantName?: string;
    kind: "contact" | "error_report";
    name: string;
    email: string;
    subject: string;
    message: string;
    pageUrl: string | null;
    link: string;
  },
): RenderedMail {
  const en = locale === "en";
  const prefix =
    data.kind === "error_report"
      ? en
        ? "Error report"
        : "Zgłoszenie błędu"
      : en
        ? "Message from the portal"
        : "Wiadomość z portalu";
  const from = en ? `From: ${data.name} <${data.email}>` : `Od: ${data.name} <${data.email}>`;
  const page = data.pageUrl ? [en ? `Page: ${data.pageUrl}` : `Strona: ${data.pageUrl}`] : [];
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `${prefix}: ${data.subject}`,
    paragraphs: [from, ...page, ...data.message.split(/\n\s*\n/)],
    action: { label: en ? "Open the inbox" : "Otwórz skrzynkę", url: data.link },
  });
}
