/** Numbers of the open competition for offers, each with where it comes from. */

/**
 * Fewest calendar days between publication and the offer deadline when a legal basis says
 * nothing else: "termin do składania ofert nie może być krótszy niż 21 dni od dnia ukazania się
 * ogłoszenia" (UDPP art. 13 ust. 1). Each legal basis carries its own minimum
 * (legal_bases.min_days_to_deadline), which may only be stricter in practice.
 */
export const DEFAULT_MIN_DAYS_TO_DEADLINE = 21;

/**
 * A multi-year task is funded for at most 5 budget years: a contract is concluded for the time of
 * the task or for a fixed period of no more than 5 years (UDPP art. 16 ust. 2).
 */
export const MAX_BUDGET_YEARS = 5;

/**
 * The criteria of UDPP art. 15 ust. 1 pkt 1–6, the default of every new competition (each
 * editable). Point 4 (own financial funds) applies to co-financing (wspieranie) only.
 */
export const DEFAULT_CRITERIA = [
  {
    code: "feasibility",
    point: "1",
    label: "Możliwość realizacji zadania publicznego przez oferenta",
    maxPoints: 10,
  },
  {
    code: "costs",
    point: "2",
    label: "Kalkulacja kosztów realizacji zadania, w tym w odniesieniu do zakresu rzeczowego",
    maxPoints: 10,
  },
  {
    code: "quality",
    point: "3",
    label: "Proponowana jakość wykonania zadania i kwalifikacje osób realizujących zadanie",
    maxPoints: 10,
  },
  {
    code: "own_funds",
    point: "4",
    label: "Planowany udział środków finansowych własnych lub z innych źródeł",
    maxPoints: 5,
  },
  {
    code: "in_kind_personal",
    point: "5",
    label: "Planowany wkład rzeczowy i osobowy, w tym świadczenia wolontariuszy i praca społeczna członków",
    maxPoints: 5,
  },
  {
    code: "history",
    point: "6",
    label: "Rzetelność, terminowość i sposób rozliczenia zadań zleconych w latach poprzednich",
    maxPoints: 5,
  },
] as const;

/** Criteria codes that apply only when the offer must bring its own funds (art. 15 ust. 1 pkt 4). */
export const CO_FINANCING_ONLY_CRITERIA = ["own_funds"] as const;

/**
 * Default pass threshold: half of the maximum points (a municipality's common practice, not the
 * act; the act leaves it to the announcement). Rounded up to whole points.
 */
export const DEFAULT_PASS_THRESHOLD_SHARE = 0.5;

/** The default criteria for a legal basis (without the own-funds criterion for full financing). */
export function defaultCriteriaFor(requiresOwnContribution: boolean) {
  return DEFAULT_CRITERIA.filter(
    (c) => requiresOwnContribution || !(CO_FINANCING_ONLY_CRITERIA as readonly string[]).includes(c.code),
  ).map(({ code, label, maxPoints }) => ({ code, label, maxPoints }));
}

/** Half the criteria's maximum, rounded up. */
export function defaultPassThreshold(criteria: readonly { maxPoints: number }[]): number {
  const max = criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  return Math.ceil(max * DEFAULT_PASS_THRESHOLD_SHARE);
}

/** Length limits of the announcement's fields (oversize input is refused next to the field). */
export const COMPETITION_LIMITS = {
  title: 300,
  longText: 20_000,
  criterionLabel: 300,
  criterionCode: 40,
  criteria: 20,
  maxPointsPerCriterion: 100,
  attachmentLabel: 300,
  attachments: 30,
  priorTaskName: 500,
  priorTasks: 30,
  reason: 2000,
  /** A minimum cancellation or amendment reason, so readers learn why. */
  minReason: 10,
} as const;

/** Rows per page of the public list and of the office list. */
export const PUBLIC_PAGE_SIZE = 20;
export const OFFICE_PAGE_SIZE = 50;

/** How often the job that closes competitions past their deadline runs (issue 3: "every minute"). */
export const CLOSE_DUE_INTERVAL_MS = 60_000;
