import type { ContractInstalmentTerm, ContractReportTerm } from "./content";
import { ANNUAL_REPORT_DAYS, addDays, FIRST_INSTALMENT_DAYS } from "./generate-rules";

/*
 * The terms the form proposes (pure): the instalments and the report dates of the framework
 * contract (§3 and §8) from the task's period, the grant and the cost table's years.
 */

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * One instalment of the whole grant FIRST_INSTALMENT_DAYS after the task starts; a task across
 * years gets one per budget year (the later ones FIRST_INSTALMENT_DAYS after 1 January), split in
 * proportion to the cost table's years (V.A "rok"), the last taking the remainder. Without years
 * in the cost table the split is even.
 */
export function defaultInstalments(options: {
  grant: number;
  taskStart: string;
  taskEnd: string;
  byYear: readonly (readonly [number | null, number])[];
}): ContractInstalmentTerm[] {
  const first = yearOf(options.taskStart);
  const last = Math.max(first, yearOf(options.taskEnd));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const weights = years.map((y) => options.byYear.find(([year]) => year === y)?.[1] ?? 0);
  const total = weights.reduce((s, w) => s + w, 0);
  const shares = total > 0 ? weights : years.map(() => 1);
  const shareTotal = total > 0 ? total : years.length;
  let given = 0;
  return years.map((year, i) => {
    const amount =
      i === years.length - 1
        ? options.grant - given
        : Math.floor((options.grant * (shares[i] ?? 0)) / shareTotal);
    given += amount;
    const from = i === 0 ? options.taskStart : `${year}-01-01`;
    return { position: i + 1, year, plannedOn: addDays(from, FIRST_INSTALMENT_DAYS), amount };
  });
}

/**
 * The final report, due `finalReportDays` after the task ends (UDPP art. 18 ust. 1), and for a
 * task across years an annual report for each finished year, due ANNUAL_REPORT_DAYS after
 * 31 December (framework §8 ust. 2).
 */
export function defaultReports(options: {
  taskStart: string;
  taskEnd: string;
  finalReportDays: number;
}): ContractReportTerm[] {
  const first = yearOf(options.taskStart);
  const last = yearOf(options.taskEnd);
  const annual: ContractReportTerm[] = [];
  for (let year = first; year < last; year++)
    annual.push({
      kind: "annual",
      periodStart: year === first ? options.taskStart : `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      dueOn: addDays(`${year}-12-31`, ANNUAL_REPORT_DAYS),
    });
  return [
    ...annual,
    {
      kind: "final",
      periodStart: options.taskStart,
      periodEnd: options.taskEnd,
      dueOn: addDays(options.taskEnd, options.finalReportDays),
    },
  ];
}

/** Instalments in the content's shape from the form's rows (positions from 1, year of the date). */
export function instalmentTerms(
  rows: readonly { plannedOn: string; amount: number }[],
): ContractInstalmentTerm[] {
  return rows.map((r, i) => ({
    position: i + 1,
    year: yearOf(r.plannedOn),
    plannedOn: r.plannedOn,
    amount: r.amount,
  }));
}
