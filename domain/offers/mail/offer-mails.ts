import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail about offers. Everything typed (titles, names) is escaped by the layout. */

interface SubmittedData {
  tenantName?: string;
  competitionTitle: string;
  offerTitle: string;
  /** The submission's number: 1 for the first, 2 for a resubmission after a change, … */
  number: number;
  receiptNumber: string;
  /** The checksum as printed ("3F2A0C1B 9D…"). */
  checksum: string;
  /** Warsaw time as the reader should see it ("10.04.2026, 14:59"). */
  submittedAt: string;
  link: string;
}

/** Confirmation of a submission (potwierdzenie złożenia oferty); the PDF of the version is attached. */
export function offerSubmittedMail(locale: MailLocale, data: SubmittedData): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `Offer submitted: ${data.receiptNumber}`,
      paragraphs: [
        `The offer "${data.offerTitle}" in the competition "${data.competitionTitle}" has been submitted${data.number > 1 ? ` (version ${data.number}, replacing the previous one)` : ""}.`,
        `Receipt number: ${data.receiptNumber}\nSubmitted at: ${data.submittedAt} (Warsaw time)\nChecksum: ${data.checksum}`,
        "The offer as submitted is attached as a PDF. The copy your organisation signs must carry the same checksum.",
      ],
      action: { label: "Open the offer", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Potwierdzenie złożenia oferty ${data.receiptNumber}`,
    paragraphs: [
      `Oferta „${data.offerTitle}” w konkursie „${data.competitionTitle}” została złożona${data.number > 1 ? ` (wersja ${data.number}, zastępuje poprzednią)` : ""}.`,
      `Numer potwierdzenia: ${data.receiptNumber}\nData i godzina złożenia: ${data.submittedAt} (czas warszawski)\nSuma kontrolna: ${data.checksum}`,
      "W załączniku jest oferta w postaci PDF, taka jak została złożona. Egzemplarz podpisywany przez organizację musi mieć tę samą sumę kontrolną.",
    ],
    action: { label: "Przejdź do oferty", url: data.link },
  });
}

/** The offer was withdrawn before the deadline. */
export function offerWithdrawnMail(
  locale: MailLocale,
  data: { tenantName?: string; competitionTitle: string; offerTitle: string; by: string; link: string },
): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `Offer withdrawn: ${data.offerTitle}`,
      paragraphs: [
        `The offer "${data.offerTitle}" in the competition "${data.competitionTitle}" has been withdrawn by ${data.by}.`,
        "The draft is kept: it may be submitted again until the offer deadline.",
      ],
      action: { label: "Open the offer", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Wycofanie oferty: ${data.offerTitle}`,
    paragraphs: [
      `Oferta „${data.offerTitle}” w konkursie „${data.competitionTitle}” została wycofana. Wycofała ją osoba: ${data.by}.`,
      "Projekt oferty pozostaje: można go złożyć ponownie do upływu terminu składania ofert.",
    ],
    action: { label: "Przejdź do oferty", url: data.link },
  });
}

/** To a partner's owners: their organisation was added to (or removed from) a joint offer. */
export function offerPartnerMail(
  locale: MailLocale,
  data: {
    tenantName?: string;
    added: boolean;
    partnerName: string;
    leaderName: string;
    competitionTitle: string;
    link: string;
  },
): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: data.added
        ? `${data.partnerName} is a partner of a joint offer`
        : `${data.partnerName} is no longer a partner of a joint offer`,
      paragraphs: [
        data.added
          ? `${data.leaderName} added your organisation ${data.partnerName} as a partner of a joint offer in the competition "${data.competitionTitle}". Owners and editors of your organisation may now view and edit it.`
          : `${data.leaderName} removed your organisation ${data.partnerName} from a joint offer in the competition "${data.competitionTitle}".`,
      ],
      action: data.added ? { label: "Open the offer", url: data.link } : undefined,
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: data.added
      ? `${data.partnerName} współtworzy ofertę wspólną`
      : `${data.partnerName} nie jest już partnerem oferty wspólnej`,
    paragraphs: [
      data.added
        ? `Organizacja „${data.leaderName}” dodała Twoją organizację „${data.partnerName}” jako partnera oferty wspólnej w konkursie „${data.competitionTitle}”. Właściciele i redaktorzy Twojej organizacji mogą ją teraz przeglądać i edytować.`
        : `Organizacja „${data.leaderName}” usunęła Twoją organizację „${data.partnerName}” z oferty wspólnej w konkursie „${data.competitionTitle}”.`,
    ],
    action: data.added ? { label: "Przejdź do oferty", url: data.link } : undefined,
  });
}
