import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail about the committee. Everything typed (names, notes) is escaped by the layout. */

/** To the nominating organisation: its candidate was accepted into the committee or not. */
export function nominationDecidedMail(
  locale: MailLocale,
  data: {
    tenantName?: string;
    competitionTitle: string;
    organizationName: string;
    candidateName: string;
    accepted: boolean;
    note: string | null;
    link: string;
  },
): RenderedMail {
  if (locale === "en") {
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `Committee candidate ${data.accepted ? "accepted" : "not accepted"}: ${data.candidateName}`,
      paragraphs: [
        `The candidate ${data.candidateName} nominated by ${data.organizationName} for the committee of the competition "${data.competitionTitle}" has ${data.accepted ? "been accepted" : "not been accepted"}.`,
        ...(data.note ? [`Note: ${data.note}`] : []),
      ],
      action: { label: "Open the committee calls", url: data.link },
    });
  }
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Kandydat do komisji ${data.accepted ? "przyjęty" : "nieprzyjęty"}: ${data.candidateName}`,
    paragraphs: [
      `Kandydat ${data.candidateName} zgłoszony przez organizację „${data.organizationName}” do komisji konkursowej w konkursie „${data.competitionTitle}” ${data.accepted ? "został przyjęty w skład komisji" : "nie został przyjęty w skład komisji"}.`,
      ...(data.note ? [`Uwagi: ${data.note}`] : []),
    ],
    action: { label: "Przejdź do naborów do komisji", url: data.link },
  });
}
