import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail to the organisation that submitted news. Everything typed (titles, reasons) is escaped by the layout. */

interface DecisionData {
  tenantName?: string;
  organizationName: string;
  title: string;
  link: string;
}

/** The coordinator approved the news; it is on the portal now. */
export function newsApprovedMail(locale: MailLocale, data: DecisionData): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `News published: ${data.title}`,
      paragraphs: [
        `The news "${data.title}" submitted by ${data.organizationName} has been approved and published on the portal.`,
      ],
      action: { label: "Read the news", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Opublikowano aktualność: ${data.title}`,
    paragraphs: [
      `Aktualność „${data.title}” nadesłana przez organizację ${data.organizationName} została zatwierdzona i opublikowana na portalu.`,
    ],
    action: { label: "Zobacz aktualność", url: data.link },
  });
}

/** The coordinator rejected the news, saying why. */
export function newsRejectedMail(locale: MailLocale, data: DecisionData & { reason: string }): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `News not published: ${data.title}`,
      paragraphs: [
        `The news "${data.title}" submitted by ${data.organizationName} has not been published.`,
        `Reason: ${data.reason}`,
        "You may submit a corrected version.",
      ],
      action: { label: "Submit news", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Aktualność nie została opublikowana: ${data.title}`,
    paragraphs: [
      `Aktualność „${data.title}” nadesłana przez organizację ${data.organizationName} nie została opublikowana.`,
      `Uzasadnienie: ${data.reason}`,
      "Możesz nadesłać poprawioną wersję.",
    ],
    action: { label: "Zgłoś aktualność", url: data.link },
  });
}

/** To the coordinators: news from an organisation waits for moderation. */
export function newsSubmittedMail(
  locale: MailLocale,
  data: { tenantName?: string; organizationName: string; title: string; link: string },
): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `News to review: ${data.title}`,
      paragraphs: [
        `${data.organizationName} has submitted the news "${data.title}". It waits for your decision.`,
      ],
      action: { label: "Open the moderation queue", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Aktualność do moderacji: ${data.title}`,
    paragraphs: [
      `Organizacja ${data.organizationName} zgłosiła aktualność „${data.title}”. Czeka ona na Twoją decyzję.`,
    ],
    action: { label: "Otwórz moderację aktualności", url: data.link },
  });
}
