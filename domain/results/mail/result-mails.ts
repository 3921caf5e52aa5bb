import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail about published results. Everything typed (titles, reasons, questions) is escaped by the layout. */

/** The organisation's result was corrected by an amending decision. */
export function resultCorrectedMail(
  locale: MailLocale,
  data: {
    tenantName?: string;
    competitionTitle: string;
    offerTitle: string;
    number: string;
    decisionDate: string;
    before: string;
    after: string;
    reason: string;
    link: string;
  },
): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `Result corrected: ${data.offerTitle}`,
      paragraphs: [
        `The published result of the offer "${data.offerTitle}" in the competition "${data.competitionTitle}" has been corrected by decision ${data.number} of ${data.decisionDate}.`,
        `Before: ${data.before}\nNow: ${data.after}`,
        `Reason: ${data.reason}`,
      ],
      action: { label: "See the results", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Korekta wyniku: ${data.offerTitle}`,
    paragraphs: [
      `Opublikowany wynik oferty „${data.offerTitle}” w konkursie „${data.competitionTitle}” został skorygowany zarządzeniem nr ${data.number} z dnia ${data.decisionDate}.`,
      `Było: ${data.before}\nJest: ${data.after}`,
      `Uzasadnienie: ${data.reason}`,
    ],
    action: { label: "Zobacz wyniki", url: data.link },
  });
}

/** To the department's officers and the coordinator: someone asked for the reasons of a result. */
export function reasonRequestedMail(
  locale: MailLocale,
  data: {
    tenantName?: string;
    competitionTitle: string;
    name: string;
    email: string;
    question: string;
    link: string;
  },
): RenderedMail {
  const en = locale === "en";
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: en
      ? `Request for reasons: ${data.competitionTitle}`
      : `Żądanie uzasadnienia wyników: ${data.competitionTitle}`,
    paragraphs: [
      en
        ? `${data.name} <${data.email}> asks for the reasons of the results of the competition "${data.competitionTitle}" (art. 15 ust. 2j of the act on public benefit activity).`
        : `${data.name} <${data.email}> żąda uzasadnienia wyników konkursu „${data.competitionTitle}” (art. 15 ust. 2j ustawy o działalności pożytku publicznego i o wolontariacie).`,
      ...data.question.split(/\n\s*\n/),
    ],
    action: { label: en ? "Answer" : "Odpowiedz", url: data.link },
  });
}

/** To the person who asked: the office's answer. */
export function reasonAnsweredMail(
  locale: MailLocale,
  data: { tenantName?: string; competitionTitle: string; question: string; answer: string; link: string },
): RenderedMail {
  const en = locale === "en";
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: en
      ? `Reasons of the results: ${data.competitionTitle}`
      : `Uzasadnienie wyników konkursu: ${data.competitionTitle}`,
    paragraphs: [
      en
        ? `The answer to your request for the reasons of the results of the competition "${data.competitionTitle}":`
        : `Odpowiedź na Pana/Pani żądanie uzasadnienia wyników konkursu „${data.competitionTitle}”:`,
      ...data.answer.split(/\n\s*\n/),
      en ? `Your question: ${data.question}` : `Pytanie: ${data.question}`,
    ],
    action: { label: en ? "See the results" : "Zobacz wyniki", url: data.link },
  });
}
