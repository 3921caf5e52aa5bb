import type { DbOrTx } from "../../platform/db/client.server";
import { readCompetitionParameters } from "./read-competition-parameters";
import type { CompetitionStatus } from "./states";

/**
 * What an offer must meet, read from its competition (PROCESS.md §3: "parameters a competition
 * enforces on offers"). THE SEAM FOR THE OFFERS ROUND: an offer references competitions.id and
 * reads its rules only through this function (never the tables behind its back); the offer form
 * checks each value as the user types and again on submit.
 */
export interface CompetitionParameters {
  id: string;
  tenantId: string;
  departmentId: string;
  title: string;
  areaCode: string;
  status: CompetitionStatus;
  /** The instant after which nothing may be submitted (null only for drafts). */
  offerDeadline: Date | null;
  legalBasis: { code: string; label: string; requiresOwnContribution: boolean };
  /** Offers' task dates must fall inside this window (ISO dates, inclusive). */
  taskStart: string | null;
  taskEnd: string | null;
  /** Funds by budget year (grosze); a multi-year offer plans per these years. */
  budgetYears: { year: number; amount: number }[];
  minGrant: number | null;
  maxGrant: number | null;
  /** Minimum shares of own contribution in basis points (1 % = 100), compared with exact amounts. */
  minOwnContributionBp: number | null;
  minFinancialContributionBp: number | null;
  minPersonalContributionBp: number | null;
  /** Cap on administrative costs as a share of all costs, basis points. */
  adminCostCapBp: number | null;
  eligibleLegalForms: string[];
  requiredAttachments: { label: string }[];
  criteria: { code: string; label: string; maxPoints: number }[];
  passThreshold: number | null;
}

/**
 * The parameters of a competition in the tenant (NOT_FOUND otherwise), whatever its status: one
 * statement (read-competition-parameters.ts) with the competition, its legal basis and budget years.
 */
export function getCompetitionParameters(options: {
  db: DbOrTx;
  tenantId: string;
  competitionId: unknown;
}): Promise<CompetitionParameters> {
  return readCompetitionParameters(options);
}

/**
 * Whether offers may be submitted now: the competition is published and its deadline has not
 * passed, to the millisecond by the server's clock (the close job may run up to a minute later;
 * submission must not wait for it).
 */
export function isOpenForOffers(
  c: Pick<CompetitionParameters, "status" | "offerDeadline">,
  now: Date,
): boolean {
  return c.status === "published" && c.offerDeadline !== null && now.getTime() < c.offerDeadline.getTime();
}
