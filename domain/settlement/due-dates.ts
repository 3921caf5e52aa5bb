import { nextDay } from "./interest";

/*
 * When an unused grant is due back and from when interest runs (ustawa o finansach publicznych
 * art. 251–252). Dates are Warsaw calendar days, YYYY-MM-DD.
 */

/** The contract's defaults, configurable per competition and contract. */
export const RETURN_RULES = {
  /** Art. 251 ust. 2 ufp: at most 15 days after the task ends. */
  daysAfterTaskEnd: 15,
  /** Art. 251 ust. 1 ufp: a grant for a task ending with the budget year is due back by 31 January. */
  yearEndDueDay: "01-31",
} as const;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The day an unused grant must be back: by 31 January of the next year for a task ending on 31
 * December (the end of the budget year), otherwise `daysAfterTaskEnd` days after the task ends.
 */
export function returnDueDate(
  taskEnd: string,
  daysAfterTaskEnd: number = RETURN_RULES.daysAfterTaskEnd,
): string {
  if (taskEnd.endsWith("-12-31")) return `${Number(taskEnd.slice(0, 4)) + 1}-${RETURN_RULES.yearEndDueDay}`;
  return addDays(taskEnd, daysAfterTaskEnd);
}

/** Interest on an unused grant returned late runs from the day after the due date (art. 251 ust. 5). */
export function unusedInterestFrom(dueDate: string): string {
  return nextDay(dueDate);
}

/** The final report is due this many days after the task ends (UDPP art. 18 ust. 1: 30 days). */
export const FINAL_REPORT_DAYS = 30;

export function finalReportDueDate(taskEnd: string, days: number = FINAL_REPORT_DAYS): string {
  return addDays(taskEnd, days);
}
