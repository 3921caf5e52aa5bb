import type { contact as pl } from "../pl/contact";

/** English catalogue of the contact and "report an error" forms and the coordinator's inbox. */
export const contact: Record<keyof typeof pl, string> = {
  "contact.title": "Contact",
  "contact.lead":
    "Write to the coordinator of cooperation with non-governmental organisations. We will answer to the e-mail address you give.",
  "contact.field.name": "Full name",
  "contact.field.email": "E-mail address",
  "contact.field.email.hint": "We will answer to this address.",
  "contact.field.subject": "Subject",
  "contact.field.message": "Message",
  "contact.field.pageUrl": "Address of the page with the error",
  "contact.field.pageUrl.hint":
    "Copy the address from the browser's address bar, e.g. https://…/organizacje.",
  "contact.honeypot": "Leave this field empty",
  "contact.privacy":
    "The message goes to the coordinator's inbox in the system and to their e-mail. We use your data only to answer.",
  "contact.submit": "Send the message",
  "contact.errorReport.title": "Report an error",
  "contact.errorReport.lead":
    "Found an error on the portal — outdated data, a broken link, an accessibility problem? Describe it and we will fix it.",
  "contact.errorReport.submit": "Send the report",
  "contact.notice.sent": "Thank you, the message has been sent to the coordinator.",
  "contact.notice.handled": "The message has been marked as handled.",
  "contact.error.alreadyHandled": "Someone has already marked this message as handled.",
  "contact.kind.contact": "Message",
  "contact.kind.error_report": "Error report",
  "contact.inbox.title": "Coordinator's inbox",
  "contact.inbox.lead": "Messages from the contact form and error reports from the portal.",
  "contact.inbox.empty": "No messages.",
  "contact.inbox.from": "From: {name} ({email})",
  "contact.inbox.page": "Page:",
  "contact.inbox.handled": "Handled {date} — {name}",
  "contact.inbox.markHandled": "Mark as handled",
  "contact.inbox.openCount": "To handle: {count}",
  "contact.inbox.showAll": "Show all messages",
  "contact.inbox.showOpen": "Show only those to handle ({count})",
  "contact.link.contact": "Contact",
  "contact.link.reportError": "Report an error",
  "contact.office.link": "Coordinator's inbox",

  "portal.home.link.contact": "Contact",
  "portal.home.link.contact.hint": "Write to the coordinator of cooperation with organisations.",
  "portal.home.link.reportError": "Report an error",
  "portal.home.link.reportError.hint": "Outdated data or something not working? Let us know.",
};
