import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail about a competition's result. Everything typed (titles, names) is escaped by the layout. */

export type ResultStatus = "funded" | "not_funded" | "below_threshold" | "rejected_formally";

interface ResultData {
  tenantName?: string;
  competitionTitle: string;
  offerTitle: string;
  status: ResultStatus;
  /** Formatted ("12 000,00 zł"). */
  awarded: string;
  requested: string;
  /** Formatted mean ("45,50"), or null when not scored. */
  score: string | null;
  rank: number | null;
  decisionNumber: string;
  /** Formatted ("30.04.2026"). */
  decisionDate: string;
  /** Awarded less than requested: the offer must be updated to the award or the grant declined. */
  reduced?: boolean;
  link: string;
}

const PL: Record<ResultStatus, (d: ResultData) => string> = {
  funded: (d) => `Oferta otrzymała dotację w wysokości ${d.awarded} (wnioskowano o ${d.requested}).`,
  not_funded: () => "Oferta nie otrzymała dotacji.",
  below_threshold: () =>
    "Oferta nie otrzymała dotacji: średnia ocen komisji jest niższa od progu punktowego.",
  rejected_formally: () =>
    "Oferta została odrzucona z przyczyn formalnych i nie była oceniana merytorycznie.",
};
const EN: Record<ResultStatus, (d: ResultData) => string> = {
  funded: (d) => `The offer has been awarded a grant of ${d.awarded} (requested: ${d.requested}).`,
  not_funded: () => "The offer has not been awarded a grant.",
  below_threshold: () =>
    "The offer has not been awarded a grant: the committee's mean score is below the pass threshold.",
  rejected_formally: () => "The offer was rejected on formal grounds and was not scored.",
};

/** To an offeror's owners and editors: the mayor's decision on their offer (art. 15 ust. 2h UDPP). */
export function competitionResultMail(locale: MailLocale, data: ResultData): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `Competition result: ${data.offerTitle}`,
      paragraphs: [
        `The competition "${data.competitionTitle}" has been resolved by decision no. ${data.decisionNumber} of ${data.decisionDate}.`,
        `Offer "${data.offerTitle}": ${EN[data.status](data)}`,
        ...(data.score
          ? [`Mean score: ${data.score} points${data.rank ? `, place ${data.rank}` : ""}.`]
          : []),
        ...(data.reduced
          ? [
              "The grant is lower than requested: update the offer's schedule, results and costs to the awarded amount (keeping the required own contribution), or decline the grant.",
            ]
          : []),
        "You may ask for the reasons of the result within 30 days of its publication.",
      ],
      action: { label: data.reduced ? "Update the offer" : "Open the offer", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Wynik konkursu: ${data.offerTitle}`,
    paragraphs: [
      `Konkurs „${data.competitionTitle}” został rozstrzygnięty zarządzeniem nr ${data.decisionNumber} z dnia ${data.decisionDate}.`,
      `Oferta „${data.offerTitle}”: ${PL[data.status](data)}`,
      ...(data.score ? [`Średnia ocen: ${data.score} pkt${data.rank ? `, miejsce ${data.rank}` : ""}.`] : []),
      ...(data.reduced
        ? [
            "Przyznana kwota jest niższa od wnioskowanej: zaktualizuj harmonogram, rezultaty i kalkulację kosztów oferty do przyznanej kwoty (z zachowaniem wymaganego wkładu własnego) albo zrezygnuj z dotacji.",
          ]
        : []),
      "W ciągu 30 dni od ogłoszenia wyników można żądać uzasadnienia wyboru lub odrzucenia oferty.",
    ],
    action: { label: data.reduced ? "Zaktualizuj ofertę" : "Przejdź do oferty", url: data.link },
  });
}
