import type { MailLocale, RenderedMail } from "~/platform/mail/templates/types";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface MailContent {
  subject: string;
  /** Polish mails greet without the name: it would need the vocative, which cannot be derived reliably. */
  greeting: string;
  paragraphs: string[];
  /** The link the message is about, shown as a button in HTML and a bare URL in text. */
  action?: { label: string; url: string };
  /** Said after the link, e.g. how long it is valid or what to do if it was not you. */
  after?: string[];
  signature: string;
}

/** Turns a message into plain text and escaped HTML; every value is treated as untrusted text. */
export function renderMail(content: MailContent, locale: MailLocale): RenderedMail {
  const after = content.after ?? [];
  const text = [
    content.greeting,
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...after,
    content.signature,
  ].join("\n\n");
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const action = content.action
    ? `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="font-size:small;word-break:break-all">${escapeHtml(content.action.url)}</p>`
    : "";
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5">',
    p(content.greeting),
    ...content.paragraphs.map(p),
    action,
    ...after.map(p),
    p(content.signature),
    "</body></html>",
  ].join("\n");
  return { subject: content.subject, text: `${text}\n`, html };
}

/** The locale of a stored account ("pl" unless the person chose English). */
export function mailLocaleOf(locale: string | null | undefined): MailLocale {
  return locale === "en" ? "en" : "pl";
}
