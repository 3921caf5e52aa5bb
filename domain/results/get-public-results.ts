import type { Clock } from "../../platform/clock/clock";
import type { DbOrTx } from "../../platform/db/client.server";
import { AppError } from "../../platform/errors/app-error";
import { calendarDaysBetween, warsawDatePlusDays } from "../../platform/format/dates";
import { assertCan } from "../competitions/policy";
import {
  type CompetitionOfResults,
  competitionOfResults,
  decisionsOf,
  groupsOf,
  type ResultDecision,
  type ResultRow,
  resultRowsOf,
  totalsOf,
} from "./read-results";
import { REASONS_DAYS } from "./rules";

/** Results exist from the decision on (resolved) and stay when the competition is archived. */
const PUBLISHED_STATUSES: readonly string[] = ["resolved", "archived"];

export interface PublicResults {
  competition: CompetitionOfResults;
  /** The decision first, then every correction with its number, date and reason. */
  decisions: ResultDecision[];
  rows: ResultRow[];
  groups: ReturnType<typeof groupsOf>;
  totals: ReturnType<typeof totalsOf>;
  /** When the results were published (the first row's publication). */
  publishedAt: Date;
  /** The last Warsaw day on which reasons may be asked for (art. 15 ust. 2j), "2026-05-30". */
  reasonsUntil: string;
  /** Whether a request for reasons is accepted now. */
  reasonsOpen: boolean;
}

/**
 * The published results of a public competition (art. 15 ust. 2h UDPP), or NOT_FOUND for a
 * draft, another tenant's id and a competition without published results alike.
 */
export async function getPublicResults(options: {
  db: DbOrTx;
  tenantId: string;
  clock: Clock;
  competitionId: unknown;
}): Promise<PublicResults> {
  const competition = await competitionOfResults(options.db, options.tenantId, options.competitionId);
  assertCan({ staffRoles: [] }, "public.view", competition);
  return readPublished(options.db, competition, options.clock.now());
}

/** The snapshot of a competition whose access the caller has checked; NOT_FOUND without results. */
export async function readPublished(
  db: DbOrTx,
  competition: CompetitionOfResults,
  now: Date,
): Promise<PublicResults> {
  if (!PUBLISHED_STATUSES.includes(competition.status))
    throw new AppError("NOT_FOUND", "results.error.notPublished");
  const decisions = await decisionsOf(db, competition.id);
  const rows = await resultRowsOf(db, competition.id, decisions);
  const first = rows.reduce<Date | null>(
    (min, r) => (min === null || r.publishedAt < min ? r.publishedAt : min),
    null,
  );
  if (decisions.length === 0 || rows.length === 0 || first === null)
    throw new AppError("NOT_FOUND", "results.error.notPublished");
  return {
    competition,
    decisions,
    rows,
    groups: groupsOf(rows),
    totals: totalsOf(rows),
    publishedAt: first,
    reasonsUntil: warsawDatePlusDays(first, REASONS_DAYS),
    reasonsOpen: reasonsOpenAt(first, now),
  };
}

/** Within 30 calendar days of publication, the day of publication not counted (KPA art. 57 § 1). */
export function reasonsOpenAt(publishedAt: Date, now: Date): boolean {
  return calendarDaysBetween(publishedAt, now) <= REASONS_DAYS;
}
