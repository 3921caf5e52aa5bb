import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";
import { returnAccountPhrase } from "../../settlement/mail/settlement-mails";

/** The reminders' letters: Polish first, amounts "1 234,56 zł", dates "15 grudnia 2026", a link. */

interface Base {
  tenantName?: string;
  number: string;
  taskTitle: string;
  link: string;
}

const REPORT_KIND_PL = { partial: "częściowe", annual: "roczne", final: "końcowe" } as const;
const REPORT_KIND_PL_GENITIVE = { partial: "częściowego", annual: "rocznego", final: "końcowego" } as const;
const REPORT_KIND_EN = { partial: "partial", annual: "annual", final: "final" } as const;
export type ReportKindName = keyof typeof REPORT_KIND_PL;

/** A report falls due soon (or is overdue, `overdue`). */
export function reportReminderMail(
  locale: MailLocale,
  d: Base & { kind: ReportKindName; dueOn: string; overdue: boolean },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: d.overdue
        ? `Report overdue — contract ${d.number}`
        : `Report due on ${d.dueOn} — contract ${d.number}`,
      paragraphs: [
        d.overdue
          ? `The ${REPORT_KIND_EN[d.kind]} report on the task "${d.taskTitle}" (contract ${d.number}) was due on ${d.dueOn} and has not been submitted. Please submit it without delay.`
          : `The ${REPORT_KIND_EN[d.kind]} report on the task "${d.taskTitle}" (contract ${d.number}) is due on ${d.dueOn}.`,
      ],
      action: { label: "Open the report", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: d.overdue
      ? `Minął termin złożenia sprawozdania — umowa ${d.number}`
      : `Termin sprawozdania: ${d.dueOn} — umowa ${d.number}`,
    paragraphs: [
      d.overdue
        ? `Termin złożenia sprawozdania ${REPORT_KIND_PL_GENITIVE[d.kind]} z wykonania zadania „${d.taskTitle}” (umowa ${d.number}) upłynął ${d.dueOn}, a sprawozdanie nie zostało złożone. Prosimy o niezwłoczne złożenie sprawozdania.`
        : `Przypominamy, że sprawozdanie ${REPORT_KIND_PL[d.kind]} z wykonania zadania „${d.taskTitle}” (umowa ${d.number}) należy złożyć do ${d.dueOn}.`,
    ],
    action: { label: "Przejdź do sprawozdania", url: d.link },
  });
}

/** To the office: an instalment is to be paid soon. */
export function instalmentReminderMail(
  locale: MailLocale,
  d: Base & { position: number; amount: string; plannedOn: string; organization: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Instalment ${d.position} due on ${d.plannedOn} — contract ${d.number}`,
      paragraphs: [
        `Instalment ${d.position} of ${d.amount} under contract ${d.number} ("${d.taskTitle}", ${d.organization}) is to be paid by ${d.plannedOn}. Record the payment once made.`,
      ],
      action: { label: "Open the contract", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Transza ${d.position} do wypłaty ${d.plannedOn} — umowa ${d.number}`,
    paragraphs: [
      `Transza nr ${d.position} w kwocie ${d.amount} na podstawie umowy ${d.number} („${d.taskTitle}”, ${d.organization}) ma zostać przekazana do ${d.plannedOn}. Po przekazaniu prosimy odnotować wypłatę.`,
    ],
    action: { label: "Przejdź do umowy", url: d.link },
  });
}

/** A return of the grant is due soon (or overdue). */
export function returnReminderMail(
  locale: MailLocale,
  d: Base & { amount: string; dueOn: string; overdue: boolean; account: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Return of the grant — contract ${d.number}`,
      paragraphs: [
        d.overdue
          ? `The return of ${d.amount} under contract ${d.number} ("${d.taskTitle}") was due on ${d.dueOn}. Interest as for tax arrears runs from the next day.`
          : `The return of ${d.amount} under contract ${d.number} ("${d.taskTitle}") is due on ${d.dueOn}.`,
        `Pay into ${returnAccountPhrase(locale, d.account)}.`,
      ],
      action: { label: "Open the settlement", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: d.overdue
      ? `Zaległy zwrot dotacji — umowa ${d.number}`
      : `Termin zwrotu dotacji — umowa ${d.number}`,
    paragraphs: [
      d.overdue
        ? `Termin zwrotu kwoty ${d.amount} na podstawie umowy ${d.number} („${d.taskTitle}”) upłynął ${d.dueOn}. Od dnia następującego po terminie naliczane są odsetki jak dla zaległości podatkowych.`
        : `Przypominamy, że kwotę ${d.amount} na podstawie umowy ${d.number} („${d.taskTitle}”) należy zwrócić do ${d.dueOn}.`,
      `Wpłaty należy dokonać na ${returnAccountPhrase(locale, d.account)}.`,
    ],
    action: { label: "Przejdź do rozliczenia", url: d.link },
  });
}
