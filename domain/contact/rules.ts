import type { RateLimitRule } from "../../platform/auth/rules";

/** The numbers of the contact and "report an error" forms, in one place. */

/**
 * Messages per IP address per hour, both forms together. A person writes once or twice; an
 * office behind one address may send a few more; a bot is stopped at the sixth.
 */
export const CONTACT_LIMIT_PER_IP: RateLimitRule = { name: "contact-ip", max: 5, windowMs: 60 * 60 * 1000 };

export const CONTACT_LIMITS = {
  name: 200,
  email: 254,
  subject: 200,
  message: 5_000,
  pageUrl: 2_000,
} as const;

/**
 * The honeypot field: invisible to people (off screen, out of the tab order, labelled "leave
 * empty"), filled in by bots that fill every field. Named like a real field so bots take it.
 */
export const HONEYPOT_FIELD = "homepage";

/** Messages per page of the coordinator's inbox. */
export const INBOX_PAGE_SIZE = 50;
