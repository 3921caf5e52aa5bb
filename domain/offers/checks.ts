import { formatMoney } from "../../platform/format/money";
import { formatPercent } from "../../platform/format/percent";
import { type CostCalculation, calculateCosts, meetsMinimum, shareBp, withinCap } from "./calculations";
import { MAX_TASK_YEARS } from "./rules";
import { DECLARATION_KEYS, type OfferSections, type SectionKey } from "./sections";

/*
 * What an offer must meet before it is submitted: the competition's parameters (PROCESS.md §3:
 * min/max grant, own contribution, admin-cost cap, task window, required attachments) and the
 * template's completeness. Pure, run by the form as the user types (to flag early) and by the
 * submission (to refuse). Each issue names the section and the field (the form's name, e.g.
 * "sources.financial") and carries an i18n key with parameters ("key|{json}").
 */

export interface OfferIssue {
  section: SectionKey;
  field: string;
  message: string;
}

/** The competition's parameters the checks need (a subset of CompetitionParameters). */
export interface OfferRules {
  taskStart: string | null;
  taskEnd: string | null;
  minGrant: number | null;
  maxGrant: number | null;
  minOwnContributionBp: number | null;
  minFinancialContributionBp: number | null;
  minPersonalContributionBp: number | null;
  adminCostCapBp: number | null;
  requiresOwnContribution: boolean;
  requiredAttachments: { label: string }[];
}

/** What the checks need to know besides the sections. */
export interface OfferContext {
  /** Organisation ids of all offerors, leader first (V.C must split among exactly these). */
  offerorIds: string[];
  /** Labels of required attachments answered by an uploaded file. */
  attachedRequirements: string[];
}

function msg(key: string, params?: Record<string, string | number>): string {
  return params ? `${key}|${JSON.stringify(params)}` : key;
}

/** Issues against the competition's parameters (shown as the user types). */
export function parameterIssues(
  s: OfferSections,
  rules: OfferRules,
  ctx: OfferContext,
  calc?: CostCalculation,
) {
  const c = calc ?? calculateCosts(s.costs);
  const out: OfferIssue[] = [];
  const add = (section: SectionKey, field: string, message: string) => out.push({ section, field, message });
  const { sources, totals } = c;

  if (sources.total > 0 && sources.unallocated !== 0)
    add(
      "costs",
      "sources.grant",
      msg("offer.error.sourcesDontAddUp", {
        total: formatMoney(sources.total),
        sum: formatMoney(sources.sourcesSum),
        diff: formatMoney(sources.unallocated),
      }),
    );
  if (sources.grant > 0 || sources.total > 0) {
    if (rules.minGrant !== null && sources.grant < rules.minGrant)
      add("costs", "sources.grant", msg("offer.error.grantBelowMin", { min: formatMoney(rules.minGrant) }));
    if (rules.maxGrant !== null && sources.grant > rules.maxGrant)
      add("costs", "sources.grant", msg("offer.error.grantAboveMax", { max: formatMoney(rules.maxGrant) }));
  }
  if (sources.fees > sources.financial) add("costs", "sources.fees", "offer.error.feesAboveFinancial");
  if (sources.total > 0) {
    const checkMin = (
      field: string,
      share: { part: number; whole: number },
      minBp: number | null,
      key: string,
    ) => {
      if (minBp !== null && minBp > 0 && !meetsMinimum(share, minBp))
        add(
          "costs",
          field,
          msg(key, { min: formatPercent(minBp, true), actual: formatPercent(shareBp(share), true) }),
        );
    };
    checkMin("sources.own", sources.shares.own, rules.minOwnContributionBp, "offer.error.ownShareTooLow");
    checkMin(
      "sources.financial",
      sources.shares.financial,
      rules.minFinancialContributionBp,
      "offer.error.financialShareTooLow",
    );
    checkMin(
      "sources.personal",
      sources.shares.personal,
      rules.minPersonalContributionBp,
      "offer.error.personalShareTooLow",
    );
    if (rules.adminCostCapBp !== null && !withinCap(sources.shares.admin, rules.adminCostCapBp))
      add(
        "costs",
        "rows",
        msg("offer.error.adminAboveCap", {
          cap: formatPercent(rules.adminCostCapBp, true),
          actual: formatPercent(shareBp(sources.shares.admin), true),
        }),
      );
  }
  if (ctx.offerorIds.length > 1 && totals.total > 0) {
    const ids = new Set(s.costs.split.map((r) => r.organizationId));
    if (ctx.offerorIds.some((id) => !ids.has(id)) || c.split.unallocated !== 0)
      add(
        "costs",
        "split",
        msg("offer.error.splitDoesntAddUp", {
          total: formatMoney(totals.total),
          sum: formatMoney(c.split.sum),
        }),
      );
  }

  const { startDate, endDate } = s.task;
  const window = { from: rules.taskStart ?? "", to: rules.taskEnd ?? "" };
  const outside = (d: string) =>
    (rules.taskStart !== null && d < rules.taskStart) || (rules.taskEnd !== null && d > rules.taskEnd);
  if (startDate && outside(startDate)) add("task", "startDate", msg("offer.error.outsideWindow", window));
  if (endDate && outside(endDate)) add("task", "endDate", msg("offer.error.outsideWindow", window));
  if (startDate && endDate && endDate < startDate) add("task", "endDate", "offer.error.endBeforeStart");
  s.task.actions.forEach((a, i) => {
    if (a.start && startDate && a.start < startDate)
      add("task", `actions.${i}.start`, "offer.error.actionOutsideTask");
    if (a.end && endDate && a.end > endDate) add("task", `actions.${i}.end`, "offer.error.actionOutsideTask");
    if (a.start && a.end && a.end < a.start) add("task", `actions.${i}.end`, "offer.error.endBeforeStart");
  });
  const actionCount = s.task.actions.length;
  const years = taskYears(startDate, endDate);
  s.costs.rows.forEach((row, i) => {
    if (row.action !== null && row.action > actionCount)
      add("costs", `rows.${i}.action`, msg("offer.error.noSuchAction", { count: actionCount }));
    if (row.year !== null && years.length > 0 && !years.includes(row.year))
      add("costs", `rows.${i}.year`, msg("offer.error.yearOutsideTask", { years: years.join(", ") }));
  });

  for (const req of rules.requiredAttachments)
    if (!ctx.attachedRequirements.includes(req.label))
      add("other", "attachments", msg("offer.error.attachmentMissing", { label: req.label }));
  return out;
}

/** The budget years the task spans (from its dates), at most MAX_TASK_YEARS; [] while the dates are missing. */
export function taskYears(start: string | null, end: string | null): number[] {
  if (!start || !end || end < start) return [];
  const from = Number(start.slice(0, 4));
  const to = Number(end.slice(0, 4));
  const years: number[] = [];
  for (let y = from; y <= to && years.length < MAX_TASK_YEARS; y++) years.push(y);
  return years;
}

/** Issues of completeness: what the template requires to be filled before submission. */
export function completenessIssues(s: OfferSections): OfferIssue[] {
  const out: OfferIssue[] = [];
  const need = (section: SectionKey, field: string, value: unknown) => {
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0))
      out.push({ section, field, message: "form.required" });
  };
  need("offerors", "contactName", s.offerors.contactName);
  need("offerors", "contactEmail", s.offerors.contactEmail);
  need("offerors", "contactPhone", s.offerors.contactPhone);
  const t = s.task;
  for (const f of [
    "title",
    "startDate",
    "endDate",
    "place",
    "targetGroup",
    "summary",
    "resultsProduced",
    "resultsChange",
    "resultsDurability",
  ] as const)
    need("task", f, t[f]);
  need("task", "actions", t.actions);
  t.actions.forEach((a, i) => {
    need("task", `actions.${i}.name`, a.name);
    need("task", `actions.${i}.start`, a.start);
    need("task", `actions.${i}.end`, a.end);
  });
  need("task", "indicators", t.indicators);
  t.indicators.forEach((ind, i) => {
    need("task", `indicators.${i}.name`, ind.name);
    need("task", `indicators.${i}.target`, ind.target);
    need("task", `indicators.${i}.monitoring`, ind.monitoring);
  });
  need("profile", "experience", s.profile.experience);
  need("profile", "resources", s.profile.resources);
  need("costs", "rows", s.costs.rows);
  s.costs.rows.forEach((r, i) => {
    need("costs", `rows.${i}.name`, r.name);
    need("costs", `rows.${i}.unit`, r.unit);
    need("costs", `rows.${i}.unitCost`, r.unitCost);
    need("costs", `rows.${i}.units`, r.units);
  });
  if (s.other.feesCharged) need("other", "feesDescription", s.other.feesDescription);
  for (const k of DECLARATION_KEYS)
    if (!s.declarations[k])
      out.push({ section: "declarations", field: k, message: "offer.error.declarationRequired" });
  return out;
}

/** Every issue that blocks submission, completeness first. */
export function submissionIssues(s: OfferSections, rules: OfferRules, ctx: OfferContext): OfferIssue[] {
  return [...completenessIssues(s), ...parameterIssues(s, rules, ctx)];
}

/** Issues as the field errors of AppError: "section:field" → messages. */
export function issuesToFieldErrors(issues: readonly OfferIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of issues) {
    const key = `${i.section}:${i.field}`;
    out[key] = [...(out[key] ?? []), i.message];
  }
  return out;
}
