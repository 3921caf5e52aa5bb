/** Numbers of the offer (Dz.U. 2018 poz. 2057, załącznik nr 1), each with where it comes from. */

/** Text limits of the offer form, generous enough for the template's boxes, bounded against abuse. */
export const OFFER_LIMITS = {
  shortText: 200,
  mediumText: 2_000,
  longText: 10_000,
  /** III.4: rows of the plan and schedule of actions. */
  maxActions: 30,
  /** III.6: result indicators. */
  maxIndicators: 20,
  /** V.A: cost rows in all actions and administrative costs together. */
  maxCostRows: 200,
  /** Partners of a joint offer (art. 14 ust. 2 UDPP), besides the leading offeror. */
  maxPartners: 9,
  /** Largest money amount in one field: 100 million zł, in grosze. */
  maxAmount: 10_000_000_000,
  /** Largest number of units in one cost row (hundredths are kept: 12,5 units). */
  maxUnits: 1_000_000,
} as const;

/**
 * A multi-year task plans costs per budget year, at most 5 (art. 16 ust. 2 UDPP: a contract for
 * up to 5 years).
 */
export const MAX_TASK_YEARS = 5;

/** Offer statuses: a draft becomes submitted (frozen version) and may be withdrawn before the deadline. */
export type OfferStatus = "draft" | "submitted" | "withdrawn";

/**
 * The formal checklist's item (domain/evaluation/checklist.ts) whose correction reopens the
 * offer's attachments after the deadline.
 */
export const ATTACHMENTS_ITEM = "attachments";
