import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail to people with a draft offer in a competition. Everything typed (titles, reasons) is escaped by the layout. */

interface AmendedData {
  tenantName?: string;
  title: string;
  reason: string;
  /** The new deadline as the reader should see it ("20.12.2026, 15:00"), when it changed. */
  newDeadline: string | null;
  link: string;
}

/** The announcement was amended; the offer may need changes. */
export function competitionAmendedMail(locale: MailLocale, data: AmendedData): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `Announcement amended: ${data.title}`,
      paragraphs: [
        `The announcement of the competition "${data.title}", in which your organisation is preparing an offer, has been amended.`,
        `Reason: ${data.reason}`,
        ...(data.newDeadline ? [`New offer deadline: ${data.newDeadline} (Warsaw time).`] : []),
        "Please check whether your draft offer still meets the announcement.",
      ],
      action: { label: "Read the announcement", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Zmiana ogłoszenia konkursu: ${data.title}`,
    paragraphs: [
      `Ogłoszenie konkursu „${data.title}”, w którym Twoja organizacja przygotowuje ofertę, zostało zmienione.`,
      `Powód zmiany: ${data.reason}`,
      ...(data.newDeadline ? [`Nowy termin składania ofert: ${data.newDeadline} (czas warszawski).`] : []),
      "Sprawdź, czy przygotowywana oferta nadal odpowiada ogłoszeniu.",
    ],
    action: { label: "Przeczytaj ogłoszenie", url: data.link },
  });
}

/** The competition was cancelled (unieważniony); no offers will be accepted. */
export function competitionCancelledMail(
  locale: MailLocale,
  data: { tenantName?: string; title: string; reason: string; link: string },
): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `Competition cancelled: ${data.title}`,
      paragraphs: [
        `The competition "${data.title}", in which your organisation is preparing an offer, has been cancelled.`,
        `Reason: ${data.reason}`,
      ],
      action: { label: "Read the announcement", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Unieważnienie konkursu: ${data.title}`,
    paragraphs: [
      `Konkurs „${data.title}”, w którym Twoja organizacja przygotowuje ofertę, został unieważniony.`,
      `Powód: ${data.reason}`,
    ],
    action: { label: "Przeczytaj ogłoszenie", url: data.link },
  });
}
