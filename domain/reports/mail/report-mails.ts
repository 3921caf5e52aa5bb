import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail about reports on the task. Everything typed (titles, remarks) is escaped by the layout. */

interface ReportData {
  tenantName?: string;
  contractNumber: string;
  taskTitle: string;
  organizationName: string;
  kind: "partial" | "annual" | "final";
  link: string;
}

const KIND_PL = { partial: "częściowe", annual: "roczne", final: "końcowe" } as const;
const KIND_EN = { partial: "partial", annual: "annual", final: "final" } as const;

/** To the office: the organisation submitted a report. */
export function reportSubmittedMail(
  locale: MailLocale,
  d: ReportData & { receiptNumber: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Report to verify: ${d.taskTitle}`,
      paragraphs: [
        `${d.organizationName} has submitted the ${KIND_EN[d.kind]} report on the task "${d.taskTitle}" (contract ${d.contractNumber}, receipt ${d.receiptNumber}).`,
        "Please accept the report or return it with remarks.",
      ],
      action: { label: "Open the report", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Sprawozdanie do weryfikacji: ${d.taskTitle}`,
    paragraphs: [
      `${d.organizationName} złożyła sprawozdanie ${KIND_PL[d.kind]} z wykonania zadania „${d.taskTitle}” (umowa ${d.contractNumber}, potwierdzenie ${d.receiptNumber}).`,
      "Prosimy o przyjęcie sprawozdania albo zwrócenie go z uwagami.",
    ],
    action: { label: "Przejdź do sprawozdania", url: d.link },
  });
}

/** To the organisation: the report was accepted. */
export function reportAcceptedMail(locale: MailLocale, d: ReportData): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Report accepted: ${d.taskTitle}`,
      paragraphs: [
        `The ${KIND_EN[d.kind]} report on the task "${d.taskTitle}" (contract ${d.contractNumber}) has been accepted.`,
      ],
      action: { label: "Open the report", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Sprawozdanie przyjęte: ${d.taskTitle}`,
    paragraphs: [
      `Sprawozdanie ${KIND_PL[d.kind]} z wykonania zadania „${d.taskTitle}” (umowa ${d.contractNumber}) zostało przyjęte.`,
    ],
    action: { label: "Przejdź do sprawozdania", url: d.link },
  });
}

/** To the organisation: the report was returned for correction, with remarks and a deadline. */
export function reportReturnedMail(
  locale: MailLocale,
  d: ReportData & { remarks: string; correctionDueOn: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Report returned for correction: ${d.taskTitle}`,
      paragraphs: [
        `The ${KIND_EN[d.kind]} report on the task "${d.taskTitle}" (contract ${d.contractNumber}) has been returned for correction by ${d.correctionDueOn}.`,
        `Remarks: ${d.remarks}`,
      ],
      action: { label: "Correct the report", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Sprawozdanie zwrócone do poprawy: ${d.taskTitle}`,
    paragraphs: [
      `Sprawozdanie ${KIND_PL[d.kind]} z wykonania zadania „${d.taskTitle}” (umowa ${d.contractNumber}) zostało zwrócone do poprawy w terminie do ${d.correctionDueOn}.`,
      `Uwagi: ${d.remarks}`,
    ],
    action: { label: "Popraw sprawozdanie", url: d.link },
  });
}
