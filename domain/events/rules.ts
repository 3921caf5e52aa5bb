import type { RateLimitRule } from "../../platform/auth/rules";

/** The numbers of the calendar, in one place (none comes from a statute: they are the portal's own). */

/** Longest texts an event may have, in characters. */
export const EVENT_LIMITS = {
  title: 200,
  description: 5_000,
  location: 300,
  url: 500,
  reason: 2_000,
  name: 200,
  email: 254,
  organizationName: 300,
} as const;

/** Largest capacity of a training (a hall of the town hall seats far fewer). */
export const EVENT_MAX_CAPACITY = 10_000;

/** Categories of the calendar: three stored, one derived from published competitions. */
export const STORED_CATEGORIES = ["organization", "training", "council"] as const;
export type StoredCategory = (typeof STORED_CATEGORIES)[number];
export const CALENDAR_CATEGORIES = [...STORED_CATEGORIES, "deadline"] as const;
export type CalendarCategory = (typeof CALENDAR_CATEGORIES)[number];

/** Registrations for trainings per IP and hour (each sends a mail; an office shares one address). */
export const REGISTRATION_LIMIT_PER_IP: RateLimitRule = {
  name: "event-registration-ip",
  max: 20,
  windowMs: 60 * 60 * 1000,
};

/** Longest window the API and the feeds answer for at once (a year and a bit). */
export const EVENTS_MAX_RANGE_DAYS = 400;
/** The ICS feed covers this many days back and ahead of today. */
export const FEED_DAYS_BACK = 90;
export const FEED_DAYS_AHEAD = 365;
/** Upcoming events on the home page. */
export const EVENTS_HOME_ITEMS = 4;
/** Competition deadlines are shown as a one-hour slot ending at the deadline. */
export const DEADLINE_SLOT_MS = 60 * 60 * 1000;
