/** A rendered message; every template gives plain text and HTML (Polish first, English when asked). */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export type MailLocale = "pl" | "en";
