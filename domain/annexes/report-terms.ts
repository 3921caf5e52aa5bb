import { isoDaysBetween } from "../../platform/format/dates";
import type { ContractContent, ContractReportTerm } from "../contracts/content";
import { defaultReports } from "../contracts/generate-defaults";
import { addDays } from "../contracts/generate-rules";

/*
 * The report dates of a contract whose schedule an annex changes (pure). The contract's report
 * terms (framework contract of Dz.U. 2018 poz. 2057 zał. 3, §8) follow the task's new period:
 * - the final report covers the whole task and stays due as many days after the task's end as the
 *   contract gave before (its finalReportDays, UDPP art. 18 ust. 1: 30 by default);
 * - a partial report keeps its dates unless it would end after the task: then it ends with the
 *   task and stays due as many days after its period as before; a period that began with the task
 *   begins with it still;
 * - annual reports (framework §8 ust. 2) are those of the new period's finished years, as
 *   defaultReports draws them; a year the contract had already keeps its days to the due date.
 * Each term gets a stable key ("final", "annual.2027", "partial.1") so the difference, the annex and
 * the reports' rows can pair the term before with the term after.
 */

export interface ReportTermChange {
  key: string;
  before: ContractReportTerm | null;
  after: ContractReportTerm | null;
}

type Schedule = Pick<ContractContent, "taskStart" | "taskEnd" | "finalReportDays" | "reports">;

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/** The terms with their keys, in the content's order. */
export function keyedTerms(
  reports: readonly ContractReportTerm[],
): { key: string; term: ContractReportTerm }[] {
  let finals = 0;
  let partials = 0;
  return reports.map((term) => {
    if (term.kind === "annual") return { key: `annual.${term.periodEnd.slice(0, 4)}`, term };
    if (term.kind === "final") return { key: finals++ === 0 ? "final" : `final.${finals}`, term };
    return { key: `partial.${++partials}`, term };
  });
}

function finalAfter(old: Schedule, term: ContractReportTerm, taskStart: string, taskEnd: string) {
  const offset = isoDaysBetween(old.taskEnd, term.dueOn);
  return { kind: term.kind, periodStart: taskStart, periodEnd: taskEnd, dueOn: addDays(taskEnd, offset) };
}

function partialAfter(old: Schedule, term: ContractReportTerm, taskStart: string, taskEnd: string) {
  let { periodEnd, dueOn } = term;
  if (periodEnd > taskEnd) {
    dueOn = addDays(taskEnd, isoDaysBetween(periodEnd, dueOn));
    periodEnd = taskEnd;
  }
  const start = term.periodStart === old.taskStart ? taskStart : term.periodStart;
  return { kind: term.kind, periodStart: min(max(start, taskStart), periodEnd), periodEnd, dueOn };
}

/**
 * The contract's report terms for the task's new period, and each term before → after (a removed
 * annual report has no after, a new one no before). An unchanged period changes nothing.
 */
export function rescheduleReports(
  old: Schedule,
  taskStart: string,
  taskEnd: string,
): { reports: ContractReportTerm[]; changes: ReportTermChange[] } {
  const keyed = keyedTerms(old.reports);
  if (taskStart === old.taskStart && taskEnd === old.taskEnd)
    return {
      reports: old.reports.map((r) => ({ ...r })),
      changes: keyed.map(({ key, term }) => ({ key, before: term, after: term })),
    };
  const changes: ReportTermChange[] = [];
  const oldAnnual = new Map<string, ContractReportTerm>();
  for (const { key, term } of keyed) {
    if (term.kind === "annual") oldAnnual.set(key, term);
    else
      changes.push({
        key,
        before: term,
        after:
          term.kind === "final"
            ? finalAfter(old, term, taskStart, taskEnd)
            : partialAfter(old, term, taskStart, taskEnd),
      });
  }
  const annual = defaultReports({ taskStart, taskEnd, finalReportDays: old.finalReportDays }).filter(
    (r) => r.kind === "annual",
  );
  for (const term of annual) {
    const key = `annual.${term.periodEnd.slice(0, 4)}`;
    const before = oldAnnual.get(key) ?? null;
    oldAnnual.delete(key);
    const dueOn = before
      ? addDays(term.periodEnd, isoDaysBetween(before.periodEnd, before.dueOn))
      : term.dueOn;
    changes.push({ key, before, after: { ...term, dueOn } });
  }
  for (const [key, before] of oldAnnual) changes.push({ key, before, after: null });
  const reports = changes
    .flatMap((c) => (c.after ? [c.after] : []))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.periodEnd.localeCompare(b.periodEnd));
  return { reports, changes };
}
