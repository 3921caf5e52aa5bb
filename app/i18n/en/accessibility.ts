import type { accessibility as pl } from "../pl/accessibility";

export const accessibility: Record<keyof typeof pl, string> = {
  "a11y.title": "Accessibility statement",
  "a11y.intro":
    "{entity} is committed to making its website accessible in accordance with the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies. This statement applies to the NGO cooperation service run on the Pożytek platform.",
  "a11y.published": "Date of publication of the website",
  "a11y.updated": "Date of the last significant update",
  "a11y.statusHeading": "Compliance status",
  "a11y.status":
    "The website is partially compliant with the digital accessibility act because of the non-compliances or exemptions listed below.",
  "a11y.gapsHeading": "Non-accessible content",
  "a11y.gap.attachments":
    "Attachments added by organisations (e.g. scans of signed offers) may not be digitally accessible; the office provides their content on request.",
  "a11y.gap.maps":
    "Maps of event locations have no full text description; the address is always given as text.",
  "a11y.preparedHeading": "Preparation of this statement",
  "a11y.prepared":
    "This statement was prepared on {date} based on a self-assessment by the public body, supported by automated tests (axe, WCAG 2.1 A and AA) of every page.",
  "a11y.shortcutsHeading": "Keyboard shortcuts and aids",
  "a11y.shortcuts":
    "On every page the first Tab key reveals a “Skip to content” link. The header has text size and high-contrast switches; the settings are remembered. All forms work without JavaScript and from the keyboard alone.",
  "a11y.feedbackHeading": "Feedback and contact details",
  "a11y.feedback":
    "If you have problems with the accessibility of the website, please contact us. The contact person is {name}, e-mail {email}, phone {phone}. The same channel accepts requests for inaccessible information and requests to ensure accessibility.",
  "a11y.procedureHeading": "Request and complaint procedure",
  "a11y.procedure1":
    "Everyone has the right to request digital accessibility of the website or any of its elements, or to request the information in an alternative form, e.g. by reading out a document that is not digitally accessible. The request should contain the requester's details, the page or element concerned and a means of contact, and, if an alternative form is needed, the preferred form.",
  "a11y.procedure2":
    "The public body should fulfil the request without delay and no later than 7 days from the request. If that is not possible, it informs the requester without delay when it will be possible, no later than 2 months from the request. If accessibility cannot be ensured, the public body may offer an alternative means of access to the information.",
  "a11y.procedure3":
    "If the public body refuses to fulfil the request, the requester may file a complaint about the digital accessibility of the website. After this procedure, an application may also be filed with the Commissioner for Human Rights (Rzecznik Praw Obywatelskich).",
  "a11y.notSet": "(not given — the administrator fills it in the municipality settings)",
};
