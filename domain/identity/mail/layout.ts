import { renderMail as renderInLayout } from "~/platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "~/platform/mail/templates/types";

export { escapeHtml } from "~/platform/mail/templates/layout";

/** What an identity mail says; rendered by the shared layout (platform/mail/templates/layout.ts). */
export interface MailContent {
  subject: string;
  /** Polish mails greet without the name: it would need the vocative, which cannot be derived reliably. */
  greeting: string;
  paragraphs: string[];
  /** The link the message is about, shown as a button in HTML and a bare URL in text. */
  action?: { label: string; url: string };
  /** Said after the link, e.g. how long it is valid or what to do if it was not you. */
  after?: string[];
  tenantName: string;
}

export function renderMail(content: MailContent, locale: MailLocale): RenderedMail {
  return renderInLayout({
    locale,
    tenantName: content.tenantName,
    subject: content.subject,
    paragraphs: [content.greeting, ...content.paragraphs],
    action: content.action,
    afterAction: content.after,
  });
}

/** The locale of a stored account ("pl" unless the person chose English). */
export function mailLocaleOf(locale: string | null | undefined): MailLocale {
  return locale === "en" ? "en" : "pl";
}
