import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail to the organisation about its settlement. Typed text is escaped by the layout. */

export interface SettlementMailData {
  tenantName?: string;
  number: string;
  taskTitle: string;
  /** "1 234,56 zł". */
  amount: string;
  /** The due date in Polish ("15 września 2026"). */
  dueOn: string;
  /** The authority's account for returns, formatted; "" when the tenant has not set one. */
  account: string;
  link: string;
}

/** "rachunek nr PL61 …", or the contract's account when the tenant has not set one (ufp art. 251). */
export function returnAccountPhrase(locale: MailLocale, account: string): string {
  if (locale === "en") return account ? `account no. ${account}` : "the account named in the contract";
  return account ? `rachunek nr ${account}` : "rachunek wskazany w umowie";
}

/** The office confirmed the settlement: what to return, by when, into which account. */
export function settlementConfirmedMail(locale: MailLocale, d: SettlementMailData): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Settlement of contract ${d.number}`,
      paragraphs: [
        `The office has settled the grant of contract ${d.number} for the task "${d.taskTitle}".`,
        d.amount === "0,00 zł"
          ? "Nothing is to be returned."
          : `Amount to return: ${d.amount}, by ${d.dueOn}, into ${returnAccountPhrase(locale, d.account)}. After that day interest as for tax arrears is due.`,
      ],
      action: { label: "Open the settlement", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Rozliczenie dotacji — umowa ${d.number}`,
    paragraphs: [
      `Urząd rozliczył dotację udzieloną na podstawie umowy ${d.number} na realizację zadania „${d.taskTitle}”.`,
      d.amount === "0,00 zł"
        ? "Nie ma kwoty do zwrotu."
        : `Kwota do zwrotu: ${d.amount}, w terminie do ${d.dueOn}, na ${returnAccountPhrase(locale, d.account)}. Od kwoty zwróconej po terminie nalicza się odsetki jak dla zaległości podatkowych.`,
    ],
    action: { label: "Przejdź do rozliczenia", url: d.link },
  });
}

/** The file is closed: the grant is settled. */
export function settlementClosedMail(
  locale: MailLocale,
  d: Pick<SettlementMailData, "tenantName" | "number" | "taskTitle" | "link">,
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: d.tenantName,
      subject: `Contract ${d.number} settled`,
      paragraphs: [
        `The grant of contract ${d.number} for the task "${d.taskTitle}" is settled; the file is closed.`,
      ],
      action: { label: "Open the settlement", url: d.link },
    });
  return renderMail({
    locale,
    tenantName: d.tenantName,
    subject: `Umowa ${d.number} rozliczona`,
    paragraphs: [
      `Dotacja udzielona na podstawie umowy ${d.number} na realizację zadania „${d.taskTitle}” została rozliczona.`,
    ],
    action: { label: "Przejdź do rozliczenia", url: d.link },
  });
}
