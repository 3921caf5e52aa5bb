import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/**
 * Mail to the organisation about its contract's life: sent for signing, taken back, signed,
 * terminated. Everything typed (titles, reasons) is escaped by the layout.
 */

export interface ContractMailData {
  tenantName?: string;
  number: string;
  taskTitle: string;
  competitionTitle: string;
  grant: string;
  link: string;
}

/** The contract was sent to the organisation for signing. */
export function contractSentMail(locale: MailLocale, d: ContractMailData): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Contract ${d.number} ready for signing`,
      paragraphs: [
        `The contract ${d.number} for the task "${d.taskTitle}" (competition "${d.competitionTitle}", grant ${d.grant}) has been prepared and is waiting for your signature.`,
        "Please read it, download it and sign it as agreed with the office.",
      ],
      action: { label: "Open the contract", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Umowa ${d.number} do podpisu`,
    paragraphs: [
      `Umowa ${d.number} na realizację zadania „${d.taskTitle}” (konkurs „${d.competitionTitle}”, dotacja ${d.grant}) została przygotowana i czeka na podpisanie.`,
      "Prosimy o zapoznanie się z umową, pobranie jej i podpisanie w sposób uzgodniony z urzędem.",
    ],
    action: { label: "Przejdź do umowy", url: d.link },
  });
}

/** The office took the sent contract back to correct it, with its reason. */
export function contractRecalledMail(
  locale: MailLocale,
  d: ContractMailData & { reason: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Contract ${d.number} withdrawn for correction`,
      paragraphs: [
        `The office has taken back the contract ${d.number} for the task "${d.taskTitle}" to correct it. Please do not sign the version sent before.`,
        `Reason: ${d.reason}`,
      ],
      action: { label: "Open your contracts", url: d.link.replace(/\/[^/]+$/, "") },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Umowa ${d.number} wycofana do poprawy`,
    paragraphs: [
      `Urząd wycofał umowę ${d.number} na realizację zadania „${d.taskTitle}” do poprawy. Prosimy nie podpisywać wcześniej przesłanej wersji.`,
      `Powód: ${d.reason}`,
    ],
    action: { label: "Przejdź do umów", url: d.link.replace(/\/[^/]+$/, "") },
  });
}

/** The contract was signed by both parties. */
export function contractSignedMail(
  locale: MailLocale,
  d: ContractMailData & { signedOn: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Contract ${d.number} signed`,
      paragraphs: [
        `The contract ${d.number} for the task "${d.taskTitle}" was signed on ${d.signedOn}. The grant of ${d.grant} will be paid in the instalments it names.`,
      ],
      action: { label: "Open the contract", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Umowa ${d.number} podpisana`,
    paragraphs: [
      `Umowa ${d.number} na realizację zadania „${d.taskTitle}” została podpisana ${d.signedOn}. Dotacja w kwocie ${d.grant} zostanie przekazana w transzach określonych w umowie.`,
    ],
    action: { label: "Przejdź do umowy", url: d.link },
  });
}

/** The contract was terminated, with the reason. */
export function contractTerminatedMail(
  locale: MailLocale,
  d: ContractMailData & { reason: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Contract ${d.number} terminated`,
      paragraphs: [
        `The contract ${d.number} for the task "${d.taskTitle}" (competition "${d.competitionTitle}") has been terminated.`,
        `Reason: ${d.reason}`,
        "Any grant paid and not used is to be settled and returned as the contract provides.",
      ],
      action: { label: "Open the contract", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Umowa ${d.number} rozwiązana`,
    paragraphs: [
      `Umowa ${d.number} na realizację zadania „${d.taskTitle}” (konkurs „${d.competitionTitle}”) została rozwiązana.`,
      `Powód: ${d.reason}`,
      "Przekazana i niewykorzystana dotacja podlega rozliczeniu i zwrotowi na zasadach określonych w umowie.",
    ],
    action: { label: "Przejdź do umowy", url: d.link },
  });
}
