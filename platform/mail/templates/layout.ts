import type { MailLocale, RenderedMail } from "./types";

/** What a template says; the layout turns it into the plain-text and HTML parts every mail carries. */
export interface MailContent {
  locale: MailLocale;
  /** The municipality that sends the mail, named in the header and footer (omitted when unknown). */
  tenantName?: string;
  subject: string;
  /** Paragraphs of plain text (a "\n" inside one is a line break); escaped for HTML. */
  paragraphs: string[];
  /** One link the reader is asked to follow, shown as a button and as the full address. */
  action?: { label: string; url: string };
  /** Paragraphs after the action, e.g. how long the link is valid. */
  afterAction?: string[];
}

const FOOTER: Record<MailLocale, (from: string) => string> = {
  pl: (from) => `Wiadomość wysłana automatycznie przez platformę ${from}. Prosimy na nią nie odpowiadać.`,
  en: (from) => `This message was sent automatically by the ${from} platform. Please do not reply to it.`,
};

function sender(tenantName: string | undefined): string {
  return tenantName ? `Pożytek — ${tenantName}` : "Pożytek";
}

const LINK_FALLBACK: Record<MailLocale, string> = {
  pl: "Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:",
  en: "If the button does not work, copy this address into your browser:",
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function assertWebUrl(url: string): void {
  if (!/^https?:\/\//i.test(url)) throw new Error(`mail link must be an http(s) address: ${url}`);
}

/** Renders a mail in the shared layout: plain text and simple, accessible HTML in the mail's language. */
export function renderMail(content: MailContent): RenderedMail {
  if (content.action) assertWebUrl(content.action.url);
  return { subject: content.subject, text: renderText(content), html: renderHtml(content) };
}

function renderText(content: MailContent): string {
  const blocks = [...content.paragraphs];
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  blocks.push(...(content.afterAction ?? []));
  blocks.push(`-- \n${FOOTER[content.locale](sender(content.tenantName))}`);
  return `${blocks.join("\n\n")}\n`;
}

const STYLE = {
  body: "margin:0;padding:0;background:#f3f4f6;",
  card: "max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;",
  tenant: "margin:0 0 8px;font-size:14px;color:#4a4a4a;",
  heading: "margin:0 0 16px;font-size:22px;line-height:1.3;color:#1a1a1a;",
  paragraph: "margin:0 0 16px;",
  button:
    "display:inline-block;padding:12px 20px;background:#0b4f8a;color:#ffffff;text-decoration:underline;font-weight:bold;border-radius:4px;",
  link: "color:#0b4f8a;word-break:break-all;",
  footer: "margin:24px 0 0;padding-top:16px;border-top:1px solid #d0d0d0;font-size:13px;color:#4a4a4a;",
};

function paragraph(text: string): string {
  return `<p style="${STYLE.paragraph}">${escapeHtml(text).replaceAll("\n", "<br>")}</p>`;
}

function renderHtml(content: MailContent): string {
  const lang = content.locale;
  const parts: string[] = content.paragraphs.map(paragraph);
  if (content.action) {
    const href = escapeHtml(content.action.url);
    parts.push(
      `<p style="${STYLE.paragraph}"><a href="${href}" style="${STYLE.button}">${escapeHtml(content.action.label)}</a></p>`,
      `<p style="${STYLE.paragraph}">${escapeHtml(LINK_FALLBACK[lang])}<br><a href="${href}" style="${STYLE.link}">${href}</a></p>`,
    );
  }
  parts.push(...(content.afterAction ?? []).map(paragraph));
  const subject = escapeHtml(content.subject);
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${subject}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div role="article" aria-label="${subject}" lang="${lang}" style="${STYLE.card}">`,
    content.tenantName ? `<p style="${STYLE.tenant}">${escapeHtml(content.tenantName)}</p>` : "",
    `<h1 style="${STYLE.heading}">${subject}</h1>`,
    ...parts,
    `<p style="${STYLE.footer}">${escapeHtml(FOOTER[lang](sender(content.tenantName)))}</p>`,
    "</div>",
    "</body>",
    "</html>",
  ].join("\n");
}
