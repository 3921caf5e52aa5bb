import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail about change requests and annexes. Everything typed (titles, justification, remarks) is escaped by the layout. */

interface ChangeData {
  tenantName?: string;
  contractNumber: string;
  taskTitle: string;
  organizationName: string;
  link: string;
}

/** To the office: the organisation asks to change the contract. */
export function changeSubmittedMail(
  locale: MailLocale,
  d: ChangeData & { justification: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Contract change request: ${d.contractNumber}`,
      paragraphs: [
        `${d.organizationName} asks to change the contract ${d.contractNumber} ("${d.taskTitle}").`,
        `Justification: ${d.justification}`,
        "Please approve the request (an annex is drawn up) or reject it with remarks.",
      ],
      action: { label: "Open the request", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Wniosek o zmianę umowy ${d.contractNumber}`,
    paragraphs: [
      `${d.organizationName} wnosi o zmianę umowy ${d.contractNumber} („${d.taskTitle}”).`,
      `Uzasadnienie: ${d.justification}`,
      "Prosimy o zatwierdzenie wniosku (zostanie sporządzony aneks) albo jego odrzucenie z uwagami.",
    ],
    action: { label: "Przejdź do wniosku", url: d.link },
  });
}

/** To the organisation: the request is approved and the annex drawn up. */
export function changeApprovedMail(
  locale: MailLocale,
  d: ChangeData & { annexNumber: number },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Change approved, annex no. ${d.annexNumber} to the contract ${d.contractNumber}`,
      paragraphs: [
        `The request to change the contract ${d.contractNumber} ("${d.taskTitle}") has been approved. Annex no. ${d.annexNumber} is ready to be signed.`,
      ],
      action: { label: "Open the request", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Zmiana zatwierdzona — aneks nr ${d.annexNumber} do umowy ${d.contractNumber}`,
    paragraphs: [
      `Wniosek o zmianę umowy ${d.contractNumber} („${d.taskTitle}”) został zatwierdzony. Aneks nr ${d.annexNumber} jest gotowy do podpisu.`,
    ],
    action: { label: "Przejdź do wniosku", url: d.link },
  });
}

/** To the organisation: the request is rejected, with the officer's remarks. */
export function changeRejectedMail(locale: MailLocale, d: ChangeData & { remarks: string }): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Change request rejected: ${d.contractNumber}`,
      paragraphs: [
        `The request to change the contract ${d.contractNumber} ("${d.taskTitle}") has been rejected.`,
        `Remarks: ${d.remarks}`,
      ],
      action: { label: "Open the request", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Wniosek o zmianę umowy odrzucony: ${d.contractNumber}`,
    paragraphs: [
      `Wniosek o zmianę umowy ${d.contractNumber} („${d.taskTitle}”) został odrzucony.`,
      `Uwagi: ${d.remarks}`,
    ],
    action: { label: "Przejdź do wniosku", url: d.link },
  });
}
