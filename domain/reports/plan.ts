import type { ContractContent } from "../contracts/content";
import { REPORT_TEMPLATE, type ReportContent, type ReportSources } from "./content";

/*
 * The report's plan carried in from the contract's current version (the original or the latest
 * annex): the schedule's actions, the result indicators, the cost table with each row's value (the
 * offer's computed V.A values) and the planned sources (V.B). The organisation then types what was
 * done and spent; nothing of the plan is typed (Dz.U. 2018 poz. 2057 zał. 5 parts I–II).
 */

export interface ReportRowTerms {
  kind: ReportContent["kind"];
  periodStart: string;
  periodEnd: string;
}

export const ZERO_SOURCES: ReportSources = { grant: 0, financial: 0, personal: 0, inKind: 0 };

export function plannedSourcesOf(contract: ContractContent): ReportSources {
  const s = contract.document.sections.costs.sources;
  return { grant: s.grant, financial: s.financial, personal: s.personal, inKind: s.inKind };
}

export function initialReportContent(contract: ContractContent, report: ReportRowTerms): ReportContent {
  const { sections, calculation } = contract.document;
  return {
    template: REPORT_TEMPLATE,
    kind: report.kind,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    achievement: "",
    actions: sections.task.actions.map((a) => ({ name: a.name, planned: a.description, done: "" })),
    indicators: sections.task.indicators.map((i) => ({
      name: i.name,
      planned: i.target,
      achieved: "",
      comment: "",
    })),
    beneficiaries: null,
    deviations: "",
    costLines: sections.costs.rows.map((row, i) => ({
      key: String(i + 1),
      action: row.action,
      name: row.name,
      planned: calculation.rowValues[i] ?? 0,
      actual: 0,
      explanation: "",
    })),
    sources: { planned: plannedSourcesOf(contract), actual: { ...ZERO_SOURCES } },
    otherIncome: 0,
    interestEarned: 0,
    interestSpent: 0,
    additionalInfo: "",
    documents: [],
    declarations: { truthful: false, vatAccounting: false, dataConsent: false },
  };
}

/**
 * The stored draft read back, or the plan when nothing was saved yet. The plan's columns (names,
 * planned values) always come from the contract's current version, so an annex signed while the
 * report is drafted shows in it; what was typed is kept by key.
 */
export function readReportContent(
  stored: Record<string, unknown>,
  contract: ContractContent,
  report: ReportRowTerms,
): ReportContent {
  const plan = initialReportContent(contract, report);
  if (!stored || stored.template !== REPORT_TEMPLATE) return plan;
  const draft = stored as unknown as ReportContent;
  const typedLines = new Map(draft.costLines.map((l) => [l.key, l]));
  return {
    ...plan,
    achievement: draft.achievement,
    actions: plan.actions.map((a, i) => ({ ...a, done: draft.actions[i]?.done ?? "" })),
    indicators: plan.indicators.map((ind, i) => ({
      ...ind,
      achieved: draft.indicators[i]?.achieved ?? "",
      comment: draft.indicators[i]?.comment ?? "",
    })),
    beneficiaries: draft.beneficiaries,
    deviations: draft.deviations,
    costLines: plan.costLines.map((l) => ({
      ...l,
      actual: typedLines.get(l.key)?.actual ?? 0,
      explanation: typedLines.get(l.key)?.explanation ?? "",
    })),
    sources: { planned: plan.sources.planned, actual: draft.sources.actual },
    otherIncome: draft.otherIncome,
    interestEarned: draft.interestEarned,
    interestSpent: draft.interestSpent,
    additionalInfo: draft.additionalInfo,
    // Drafts saved before the list existed have none.
    documents: draft.documents ?? [],
    declarations: draft.declarations,
  };
}
