import { z } from "../../platform/validation/zod-messages";
import { EmailSchema } from "../identity/schemas";
import { newsText } from "../news/schemas";
import { CONTACT_LIMITS } from "./rules";

/** One schema for the contact and "report an error" forms and their use cases. */

export const ContactMessageSchema = z.object({
  name: newsText(CONTACT_LIMITS.name),
  email: EmailSchema,
  subject: newsText(CONTACT_LIMITS.subject),
  message: newsText(CONTACT_LIMITS.message),
});
export type ContactMessageInput = z.output<typeof ContactMessageSchema>;

/** The report also names the page where the error was seen (an address or a path on the portal). */
export const ErrorReportSchema = ContactMessageSchema.extend({
  pageUrl: newsText(CONTACT_LIMITS.pageUrl),
});
export type ErrorReportInput = z.output<typeof ErrorReportSchema>;
