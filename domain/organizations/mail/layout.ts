import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const SIGNATURE: Record<MailLocale, string> = {
  pl: "Wiadomość wysłana automatycznie z platformy Pożytek. Prosimy na nią nie odpowiadać.",
  en: "This message was sent automatically by the Pożytek platform. Please do not reply.",
};

/**
 * Renders a plain message: paragraphs of text and at most one link, as text and escaped HTML.
 * Everything a person typed (names, reasons) is escaped; nothing is trusted as markup.
 */
export function renderMail(
  locale: MailLocale,
  content: { subject: string; paragraphs: string[]; link?: { href: string; label: string } },
): RenderedMail {
  const textParts = [...content.paragraphs];
  if (content.link) textParts.push(`${content.link.label}: ${content.link.href}`);
  textParts.push("--", SIGNATURE[locale]);
  const htmlParts = content.paragraphs.map((p) => `<p>${escapeHtml(p).replaceAll("\n", "<br>")}</p>`);
  if (content.link) {
    htmlParts.push(`<p><a href="${escapeHtml(content.link.href)}">${escapeHtml(content.link.label)}</a></p>`);
  }
  htmlParts.push(`<p style="color:#555">${escapeHtml(SIGNATURE[locale])}</p>`);
  return {
    subject: content.subject,
    text: textParts.join("\n\n"),
    html: `<!doctype html><html lang="${locale}"><body>${htmlParts.join("\n")}</body></html>`,
  };
}

/** Role names as a mail shows them. */
export const ROLE_NAMES: Record<MailLocale, Record<"owner" | "editor" | "viewer", string>> = {
  pl: { owner: "właściciel", editor: "redaktor", viewer: "podgląd" },
  en: { owner: "owner", editor: "editor", viewer: "viewer" },
};
