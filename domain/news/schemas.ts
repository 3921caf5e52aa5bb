import { z } from "../../platform/validation/zod-messages";
import { NEWS_LIMITS } from "./rules";

/**
 * One schema for the news forms, the use cases and the API. Texts are plain: anything typed
 * (markup included) is kept as text and always shown escaped; only control characters, which no
 * keyboard types, are refused.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A plain text field: trimmed, line endings as "\n", between 1 and `max` characters. */
export function newsText(max: number) {
  return z
    .string()
    .transform((v) => v.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1).max(max))
    .refine((v) => !CONTROL.test(v), "news.error.controlCharacters");
}

/** The blank-as-absent reading of an optional form field. */
function optionalText(max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    newsText(max).optional(),
  );
}

/** What a news item says: title, lead (the summary in lists and feeds), body and the picture's alt text. */
export const NewsContentSchema = z.object({
  title: newsText(NEWS_LIMITS.title),
  lead: newsText(NEWS_LIMITS.lead),
  body: newsText(NEWS_LIMITS.body),
  imageAlt: optionalText(NEWS_LIMITS.imageAlt),
});
export type NewsContent = z.output<typeof NewsContentSchema>;

/** The submission form: the content plus the organisation it is submitted for. */
export const SubmitNewsFormSchema = NewsContentSchema.extend({
  organizationId: z.string().min(1).max(64),
});

/** The coordinator's correction: the content and the version it was read at. */
export const EditNewsFormSchema = NewsContentSchema.extend({
  expectedVersion: z.coerce.number().int().min(1),
});

export const RejectNewsSchema = z.object({ reason: newsText(NEWS_LIMITS.rejectionReason) });

/** The body as paragraphs (split by blank lines), for the page and the feeds. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
