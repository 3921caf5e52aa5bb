import { renderMail as renderInLayout } from "~/platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "~/platform/mail/templates/types";

/**
 * Renders an organisation mail in the shared layout (platform/mail/templates/layout.ts): paragraphs
 * and at most one link. Everything a person typed (names, reasons) is escaped there.
 */
export function renderMail(
  locale: MailLocale,
  content: { subject: string; paragraphs: string[]; link?: { href: string; label: string } },
): RenderedMail {
  return renderInLayout({
    locale,
    subject: content.subject,
    paragraphs: content.paragraphs,
    action: content.link ? { label: content.link.label, url: content.link.href } : undefined,
  });
}

/** Role names as a mail shows them. */
export const ROLE_NAMES: Record<MailLocale, Record<"owner" | "editor" | "viewer", string>> = {
  pl: { owner: "właściciel", editor: "redaktor", viewer: "podgląd" },
  en: { owner: "owner", editor: "editor", viewer: "viewer" },
};
