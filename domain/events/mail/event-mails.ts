import { renderMail } from "../../../platform/mail/templates/layout";
import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";

/** Mail about events and registrations. Everything typed is escaped by the layout. */

interface RegistrationData {
  tenantName?: string;
  title: string;
  when: string;
  location: string;
  pageLink: string;
  icsLink: string;
  cancelLink: string;
}

/** A registration was taken: confirmed, or on the waiting list. */
export function registrationMail(
  data: RegistrationData & { status: "confirmed" | "waiting" | "promoted" },
): RenderedMail {
  const headline = {
    confirmed: `Potwierdzamy Twoje zgłoszenie na wydarzenie „${data.title}”.`,
    waiting: `Wszystkie miejsca na wydarzenie „${data.title}” są zajęte — wpisaliśmy Cię na listę rezerwową. Napiszemy, gdy zwolni się miejsce.`,
    promoted: `Zwolniło się miejsce: Twoje zgłoszenie na wydarzenie „${data.title}” z listy rezerwowej jest teraz potwierdzone.`,
  }[data.status];
  const subject = {
    confirmed: `Potwierdzenie zgłoszenia: ${data.title}`,
    waiting: `Lista rezerwowa: ${data.title}`,
    promoted: `Masz miejsce: ${data.title}`,
  }[data.status];
  return renderMail({
    locale: "pl",
    tenantName: data.tenantName,
    subject,
    paragraphs: [
      headline,
      `Termin: ${data.when}`,
      ...(data.location ? [`Miejsce: ${data.location}`] : []),
      `Dodaj do kalendarza (plik .ics): ${data.icsLink}`,
      `Strona wydarzenia: ${data.pageLink}`,
    ],
    action: { label: "Zrezygnuj z udziału", url: data.cancelLink },
    afterAction: [
      "Link rezygnacji działa jeden raz. Jeśli nie możesz przyjść, użyj go — zwolnisz miejsce innym.",
    ],
  });
}

/** The event was cancelled by the office. */
export function eventCancelledMail(data: {
  tenantName?: string;
  title: string;
  when: string;
  reason: string;
  pageLink: string;
}): RenderedMail {
  return renderMail({
    locale: "pl",
    tenantName: data.tenantName,
    subject: `Odwołano wydarzenie: ${data.title}`,
    paragraphs: [
      `Wydarzenie „${data.title}” (${data.when}) zostało odwołane.`,
      ...(data.reason ? [`Powód: ${data.reason}`] : []),
    ],
    action: { label: "Zobacz w kalendarzu", url: data.pageLink },
  });
}

/** To the coordinators: an organisation submitted an event. */
export function eventSubmittedMail(
  locale: MailLocale,
  data: { tenantName?: string; organizationName: string; title: string; link: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: `Event to moderate: ${data.title}`,
      paragraphs: [`${data.organizationName} submitted the event "${data.title}" for the calendar.`],
      action: { label: "Moderate events", url: data.link },
    });
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: `Wydarzenie do moderacji: ${data.title}`,
    paragraphs: [`Organizacja ${data.organizationName} zgłosiła wydarzenie „${data.title}” do kalendarza.`],
    action: { label: "Moderuj wydarzenia", url: data.link },
  });
}

/** To the organisation: its event was published or rejected. */
export function eventDecisionMail(
  locale: MailLocale,
  data: { tenantName?: string; title: string; approved: boolean; reason: string; link: string },
): RenderedMail {
  if (locale === "en")
    return renderMail({
      locale,
      tenantName: data.tenantName,
      subject: data.approved ? `Event published: ${data.title}` : `Event not published: ${data.title}`,
      paragraphs: data.approved
        ? [`The event "${data.title}" is now in the portal's calendar.`]
        : [`The event "${data.title}" has not been published.`, `Reason: ${data.reason}`],
      action: { label: data.approved ? "See the event" : "Submit an event", url: data.link },
    });
  return renderMail({
    locale,
    tenantName: data.tenantName,
    subject: data.approved
      ? `Opublikowano wydarzenie: ${data.title}`
      : `Nie opublikowano wydarzenia: ${data.title}`,
    paragraphs: data.approved
      ? [`Wydarzenie „${data.title}” jest już w kalendarzu portalu.`]
      : [`Wydarzenie „${data.title}” nie zostało opublikowane.`, `Powód: ${data.reason}`],
    action: { label: data.approved ? "Zobacz wydarzenie" : "Zgłoś wydarzenie", url: data.link },
  });
}
