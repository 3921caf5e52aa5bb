import type { RateLimitRule } from "../../platform/auth/rules";

/** The numbers of published results, corrections and requests for reasons, in one place. */

/** Anyone may ask for the reasons of a result within 30 days of publication (art. 15 ust. 2j UDPP). */
export const REASONS_DAYS = 30;

/** Requests for reasons per IP address per hour (like the contact form: a person asks once or twice). */
export const REASONS_LIMIT_PER_IP: RateLimitRule = { name: "reasons-ip", max: 5, windowMs: 60 * 60 * 1000 };

export const RESULTS_LIMITS = {
  name: 200,
  email: 254,
  question: 5_000,
  answer: 10_000,
  reason: 2_000,
  decisionNumber: 100,
} as const;

/** The order of the groups on the page, in the API and in the exports. */
export const RESULT_GROUPS = ["funded", "not_funded", "below_threshold", "rejected_formally"] as const;
export type ResultStatus = (typeof RESULT_GROUPS)[number];

/** Grants per page of the open data (page and API). */
export const GRANTS_PAGE_SIZE = 50;
export const GRANTS_MAX_PAGE_SIZE = 200;
