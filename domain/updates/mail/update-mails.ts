import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail about the update of an offer after the award. Everything typed (titles, remarks, reasons) is escaped by the layout. */

interface UpdateData {
  tenantName?: string;
  competitionTitle: string;
  offerTitle: string;
  organizationName: string;
  awarded: string;
  link: string;
}

/** To the office: the organisation submitted the update to the awarded amount. */
export function updateSubmittedMail(
  locale: MailLocale,
  d: UpdateData & { receiptNumber: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Offer update to check: ${d.offerTitle}`,
      paragraphs: [
        `${d.organizationName} has updated the offer "${d.offerTitle}" in the competition "${d.competitionTitle}" to the awarded amount of ${d.awarded} (receipt ${d.receiptNumber}).`,
        "Please accept the update or return it with remarks.",
      ],
      action: { label: "Open the update", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Aktualizacja oferty do sprawdzenia: ${d.offerTitle}`,
    paragraphs: [
      `${d.organizationName} zaktualizowała ofertę „${d.offerTitle}” w konkursie „${d.competitionTitle}” do przyznanej kwoty ${d.awarded} (potwierdzenie ${d.receiptNumber}).`,
      "Prosimy o przyjęcie aktualizacji albo zwrócenie jej z uwagami.",
    ],
    action: { label: "Przejdź do aktualizacji", url: d.link },
  });
}

/** To the office: the organisation withdrew from the grant, with its reason. */
export function grantWithdrawnMail(locale: MailLocale, d: UpdateData & { reason: string }): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Grant declined: ${d.offerTitle}`,
      paragraphs: [
        `${d.organizationName} has withdrawn from the grant of ${d.awarded} awarded to the offer "${d.offerTitle}" in the competition "${d.competitionTitle}".`,
        `Reason: ${d.reason}`,
        "The published result stays as decided; any change of the results is a correction of the decision.",
      ],
      action: { label: "Open the offer's update", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Rezygnacja z dotacji: ${d.offerTitle}`,
    paragraphs: [
      `${d.organizationName} zrezygnowała z dotacji w kwocie ${d.awarded} przyznanej na ofertę „${d.offerTitle}” w konkursie „${d.competitionTitle}”.`,
      `Uzasadnienie: ${d.reason}`,
      "Opublikowany wynik pozostaje bez zmian; jego zmiana wymaga korekty rozstrzygnięcia.",
    ],
    action: { label: "Przejdź do aktualizacji oferty", url: d.link },
  });
}

/** To the organisation: the officer accepted the update. */
export function updateAcceptedMail(locale: MailLocale, d: UpdateData): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Offer update accepted: ${d.offerTitle}`,
      paragraphs: [
        `The update of the offer "${d.offerTitle}" in the competition "${d.competitionTitle}" to the awarded amount of ${d.awarded} has been accepted. The contract will be prepared on its basis.`,
      ],
      action: { label: "Open the update", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Aktualizacja oferty przyjęta: ${d.offerTitle}`,
    paragraphs: [
      `Aktualizacja oferty „${d.offerTitle}” w konkursie „${d.competitionTitle}” do przyznanej kwoty ${d.awarded} została przyjęta. Na jej podstawie zostanie przygotowana umowa.`,
    ],
    action: { label: "Przejdź do aktualizacji", url: d.link },
  });
}

/** To the organisation: the officer returned the update with remarks. */
export function updateReturnedMail(locale: MailLocale, d: UpdateData & { remarks: string }): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Offer update returned with remarks: ${d.offerTitle}`,
      paragraphs: [
        `The update of the offer "${d.offerTitle}" in the competition "${d.competitionTitle}" has been returned for changes.`,
        `Remarks: ${d.remarks}`,
        "Please change the update and submit it again.",
      ],
      action: { label: "Change the update", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Aktualizacja oferty zwrócona z uwagami: ${d.offerTitle}`,
    paragraphs: [
      `Aktualizacja oferty „${d.offerTitle}” w konkursie „${d.competitionTitle}” została zwrócona do poprawy.`,
      `Uwagi: ${d.remarks}`,
      "Prosimy o wprowadzenie zmian i ponowne złożenie aktualizacji.",
    ],
    action: { label: "Popraw aktualizację", url: d.link },
  });
}
