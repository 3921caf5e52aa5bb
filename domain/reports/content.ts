import type { ReportKind } from "../contracts/content";

/*
 * What a report holds (reports.content while drafted, report_versions.content when submitted): the
 * report on the task of Dz.U. 2018 poz. 2057 załącznik nr 5, section by section. The plan is
 * carried in from the contract's current version (cost lines, sources, indicators, actions); the
 * organisation types what was achieved and spent. Money is integer grosze; totals, deviations and
 * the allowed-shift flags are computed (domain/reports and domain/settlement), never stored typed.
 */

export const REPORT_TEMPLATE = "Dz.U. 2018 poz. 2057, załącznik nr 5" as const;

export interface ReportSources {
  grant: number;
  financial: number;
  personal: number;
  inKind: number;
}

export interface ReportCostLine {
  /** The line's key: its position in the contract's cost table, 1-based, as a string. */
  key: string;
  /** The action of the schedule it belongs to (null: administrative costs). */
  action: number | null;
  name: string;
  /** The line's value in the contract's cost table (after annexes). */
  planned: number;
  /** What was actually spent on the line in the period (all sources). */
  actual: number;
  /** Why the line deviates (required when it is over the allowed shift). */
  explanation: string;
}

/**
 * One accounting document of the optional list (zestawienie dokumentów księgowych; framework
 * template zał. 5 part III: the authority may ask for it). Money is integer grosze.
 */
export interface ReportDocument {
  /** The document's number (invoice, bill), as printed on it. */
  number: string;
  /** Issued on, YYYY-MM-DD. */
  date: string;
  issuer: string;
  /** The key of the plan's cost line it is charged to ("1", "2"…). */
  costLine: string;
  description: string;
  /** The document's gross amount. */
  amount: number;
  /** The part charged to the grant. */
  fromGrant: number;
  /** The part paid from other sources (own contribution, other funds). */
  fromOther: number;
}

export interface ReportContent {
  template: typeof REPORT_TEMPLATE;
  kind: ReportKind;
  periodStart: string;
  periodEnd: string;
  /** I.1: how far the task's goal was achieved, and the results. */
  achievement: string;
  /** I.2: each action of the schedule and what was done. */
  actions: { name: string; planned: string; done: string }[];
  /** I.3: the offer's result indicators, planned and achieved. */
  indicators: { name: string; planned: string; achieved: string; comment: string }[];
  /** Number of beneficiaries reached (null when not typed). */
  beneficiaries: number | null;
  /** Deviations from the plan and why. */
  deviations: string;
  /** II.1: actual costs per cost line of the contract. */
  costLines: ReportCostLine[];
  /** II.2: planned (from the contract) and actual costs per source. */
  sources: { planned: ReportSources; actual: ReportSources };
  /** II.3: other income tied to the task (fees of beneficiaries included in financial). */
  otherIncome: number;
  /** Bank interest earned on the grant; the part spent on the task. */
  interestEarned: number;
  interestSpent: number;
  /** III: additional information. */
  additionalInfo: string;
  /** III (optional): the accounting documents, each charged to a cost line; [] when not listed. */
  documents: ReportDocument[];
  /** The declarations of the template (all must be ticked to submit). */
  declarations: { truthful: boolean; vatAccounting: boolean; dataConsent: boolean };
}
