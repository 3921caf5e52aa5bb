import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail about the formal check of an offer. Everything typed (titles, notes) is escaped by the layout. */

interface OfferData {
  tenantName?: string;
  competitionTitle: string;
  offerTitle: string;
  link: string;
}

/** The offer passed the formal check. */
export function formalPassedMail(locale: MailLocale, d: OfferData): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Formal check passed: ${d.offerTitle}`,
      paragraphs: [
        `The offer "${d.offerTitle}" in the competition "${d.competitionTitle}" has passed the formal check. It goes on to the committee's evaluation.`,
      ],
      action: { label: "Open the offer", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Oferta spełnia wymogi formalne: ${d.offerTitle}`,
    paragraphs: [
      `Oferta „${d.offerTitle}” w konkursie „${d.competitionTitle}” przeszła ocenę formalną i zostanie oceniona merytorycznie przez komisję konkursową.`,
    ],
    action: { label: "Przejdź do oferty", url: d.link },
  });
}

/** The offer was rejected on formal grounds, with the reason. */
export function formalRejectedMail(locale: MailLocale, d: OfferData & { reason: string }): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Offer rejected on formal grounds: ${d.offerTitle}`,
      paragraphs: [
        `The offer "${d.offerTitle}" in the competition "${d.competitionTitle}" has been rejected on formal grounds.`,
        `Reason: ${d.reason}`,
      ],
      action: { label: "Open the offer", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Oferta odrzucona z przyczyn formalnych: ${d.offerTitle}`,
    paragraphs: [
      `Oferta „${d.offerTitle}” w konkursie „${d.competitionTitle}” została odrzucona z przyczyn formalnych.`,
      `Uzasadnienie: ${d.reason}`,
    ],
    action: { label: "Przejdź do oferty", url: d.link },
  });
}

/** A request to correct formal defects by a deadline. */
export function correctionRequestedMail(
  locale: MailLocale,
  d: OfferData & { items: string[]; message: string; deadline: string },
): RenderedMail {
  const list = d.items.map((i) => `• ${i}`).join("\n");
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Please correct your offer by ${d.deadline}: ${d.offerTitle}`,
      paragraphs: [
        `The formal check of the offer "${d.offerTitle}" in the competition "${d.competitionTitle}" found defects that may be corrected:`,
        list,
        ...(d.message ? [d.message] : []),
        `Deadline: ${d.deadline} (Warsaw time). An offer not corrected by then is rejected.`,
      ],
      action: { label: "Correct the offer", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Wezwanie do usunięcia braków formalnych do ${d.deadline}: ${d.offerTitle}`,
    paragraphs: [
      `W ocenie formalnej oferty „${d.offerTitle}” w konkursie „${d.competitionTitle}” stwierdzono braki, które można usunąć:`,
      list,
      ...(d.message ? [d.message] : []),
      `Termin: ${d.deadline} (czas warszawski). Oferta, w której braków nie usunięto w terminie, zostanie odrzucona.`,
    ],
    action: { label: "Popraw ofertę", url: d.link },
  });
}
