import type { MailLocale, RenderedMail } from "../../../platform/mail/templates/types";
import { renderMail } from "./layout";

/** To the person who registered: the registration waits for the coordinator. */
export function registrationReceivedMail(
  locale: MailLocale,
  data: { organizationName: string; link: string },
): RenderedMail {
  if (locale === "en") {
    return renderMail(locale, {
      subject: `Registration received: ${data.organizationName}`,
      paragraphs: [
        `Thank you for registering ${data.organizationName}. The coordinator will verify the data; we will let you know by e-mail.`,
        "Until then you can complete the profile and invite colleagues.",
      ],
      link: { href: data.link, label: "Open the organisation's workspace" },
    });
  }
  return renderMail(locale, {
    subject: `Przyjęliśmy zgłoszenie: ${data.organizationName}`,
    paragraphs: [
      `Dziękujemy za zgłoszenie organizacji ${data.organizationName}. Koordynator sprawdzi dane — o wyniku poinformujemy e-mailem.`,
      "W tym czasie możesz uzupełnić profil i zaprosić współpracowników.",
    ],
    link: { href: data.link, label: "Przejdź do panelu organizacji" },
  });
}

/** To the coordinator's mailbox: a registration waits for verification. */
export function registrationToVerifyMail(data: { organizationName: string; link: string }): RenderedMail {
  return renderMail("pl", {
    subject: `Nowe zgłoszenie organizacji do weryfikacji: ${data.organizationName}`,
    paragraphs: [
      `Organizacja ${data.organizationName} została zgłoszona do bazy NGO i czeka na weryfikację.`,
    ],
    link: { href: data.link, label: "Otwórz zgłoszenie" },
  });
}

/** To the owners: the coordinator verified the organisation. */
export function organizationVerifiedMail(
  locale: MailLocale,
  data: { organizationName: string; link: string },
): RenderedMail {
  if (locale === "en") {
    return renderMail(locale, {
      subject: `${data.organizationName} has been verified`,
      paragraphs: [
        `The coordinator has verified ${data.organizationName}. The organisation can now apply for grants.`,
      ],
      link: { href: data.link, label: "Open the organisation's workspace" },
    });
  }
  return renderMail(locale, {
    subject: `Organizacja ${data.organizationName} została zweryfikowana`,
    paragraphs: [
      `Koordynator zweryfikował organizację ${data.organizationName}. Organizacja może teraz składać oferty i wnioski o dotacje.`,
    ],
    link: { href: data.link, label: "Przejdź do panelu organizacji" },
  });
}

/** To the owners: the registration was rejected, with the coordinator's reason. */
export function organizationRejectedMail(
  locale: MailLocale,
  data: { organizationName: string; reason: string; link: string },
): RenderedMail {
  if (locale === "en") {
    return renderMail(locale, {
      subject: `Registration of ${data.organizationName} rejected`,
      paragraphs: [
        `The coordinator rejected the registration of ${data.organizationName}. Reason:`,
        data.reason,
        "Correct the profile; the corrected registration goes back for verification.",
      ],
      link: { href: data.link, label: "Correct the profile" },
    });
  }
  return renderMail(locale, {
    subject: `Zgłoszenie organizacji ${data.organizationName} zostało odrzucone`,
    paragraphs: [
      `Koordynator odrzucił zgłoszenie organizacji ${data.organizationName}. Uzasadnienie:`,
      data.reason,
      "Popraw dane w profilu — poprawione zgłoszenie wróci do weryfikacji.",
    ],
    link: { href: data.link, label: "Popraw profil" },
  });
}
