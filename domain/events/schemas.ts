import { warsawLocalToInstant } from "../../platform/format/dates";
import { z } from "../../platform/validation/zod-messages";
import { EVENT_MAX_CAPACITY, EVENT_LIMITS as L, STORED_CATEGORIES } from "./rules";

/**
 * One schema for the event forms, the use cases and the API. Texts are plain: whatever is typed
 * is kept as text and always shown escaped; control characters, which no keyboard types, are refused.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Blank form fields read as absent. */
const blankAsAbsent = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A plain text field: trimmed, line endings as "\n", between 1 and `max` characters. */
export function eventText(max: number) {
  return z
    .string()
    .transform((v) => v.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1).max(max))
    .refine((v) => !CONTROL.test(v), "events.error.controlCharacters");
}

function optionalText(max: number) {
  return z.preprocess(blankAsAbsent, eventText(max).optional());
}

/** A wall-clock time typed in Warsaw ("2026-12-03T10:00" or "2026-12-03 10:00") as an instant. */
const WarsawTime = z.union([z.date(), z.string()]).transform((raw, ctx) => {
  if (raw instanceof Date) return raw;
  const instant = warsawLocalToInstant(raw);
  if (!instant) {
    ctx.addIssue({ code: "custom", message: "events.error.timeFormat" });
    return z.NEVER;
  }
  return instant;
});

const HttpUrl = z
  .string()
  .trim()
  .max(L.url)
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), "events.error.url");

/** Places for registration: blank = no registration; otherwise a whole number from 1. */
const Capacity = z.preprocess(
  blankAsAbsent,
  z.coerce.number().int("events.error.capacity").min(1).max(EVENT_MAX_CAPACITY).optional(),
);

/** What an event says and when it is. The end may not come before the start. */
export const EventContentSchema = z
  .object({
    title: eventText(L.title),
    description: optionalText(L.description),
    location: optionalText(L.location),
    url: z.preprocess(blankAsAbsent, HttpUrl.optional()),
    startsAt: WarsawTime,
    endsAt: WarsawTime,
  })
  .refine((v) => v.endsAt.getTime() >= v.startsAt.getTime(), {
    path: ["endsAt"],
    message: "events.error.endBeforeStart",
  });
export type EventContent = z.output<typeof EventContentSchema>;

/** The office's form: the content, the category and (trainings only) the capacity. */
export const StaffEventSchema = z
  .object({
    category: z.enum(STORED_CATEGORIES),
    capacity: Capacity,
  })
  .and(EventContentSchema)
  .refine((v) => v.category === "training" || v.capacity === undefined, {
    path: ["capacity"],
    message: "events.error.capacityTrainingOnly",
  });
export type StaffEventInput = z.output<typeof StaffEventSchema>;

/** The organisation's submission: the content and the organisation it is submitted for. */
export const SubmitEventSchema = z
  .object({ organizationId: z.string().min(1).max(64) })
  .and(EventContentSchema);

export const ReasonSchema = z.object({ reason: eventText(L.reason) });

/** A registration for a training: name, e-mail, optionally the organisation, and the consent. */
export const RegistrationSchema = z.object({
  name: eventText(L.name),
  email: z
    .string()
    .trim()
    .max(L.email)
    .pipe(z.email())
    .transform((v) => v.toLowerCase()),
  organizationName: optionalText(L.organizationName),
  consent: z.literal("on", { message: "events.error.consent" }),
});
export type RegistrationInput = z.output<typeof RegistrationSchema>;

/** The description as paragraphs (split by blank lines). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
