/*
 * The numbers of drawing up a contract (Dz.U. 2018 poz. 2057 załącznik nr 3), each with its source.
 * The tenant's own defaults (number pattern, representatives, allowed shift) are tenant settings.
 */

/** The first instalment is planned this many days after the task starts (the framework's §3: "w terminie"). */
export const FIRST_INSTALMENT_DAYS = 14;
/** The final report is due this many days after the task ends (UDPP art. 18 ust. 1). */
export const FINAL_REPORT_DAYS = 30;
/** The annual report of a multi-year task is due this many days after 31 December (framework §8 ust. 2). */
export const ANNUAL_REPORT_DAYS = 30;
/** Unused grant of a task ending before the year's end is returned within this many days (ufp art. 251 ust. 2). */
export const RETURN_DAYS = 15;
/** Limits of the form's lists. */
export const MAX_INSTALMENTS = 24;
export const MAX_REPORTS = 24;
export const MAX_REPRESENTATIVES = 6;

/** The placeholders of the tenant's contract number pattern; {seq} is required (numbers must differ). */
export const CONTRACT_NUMBER_PLACEHOLDERS = ["{department}", "{seq}", "{year}"] as const;
/** Longest contract number pattern the settings accept. */
export const MAX_CONTRACT_NUMBER_PATTERN = 80;

/** A contract's number from the pattern: {department} (its code), {seq} (from 1), {year}. */
export function formatContractNumber(
  pattern: string,
  values: { departmentCode: string; seq: number; year: number },
): string {
  return pattern
    .replaceAll("{department}", values.departmentCode)
    .replaceAll("{seq}", String(values.seq))
    .replaceAll("{year}", String(values.year));
}

/** The final report's days the tenant set, or the statute's FINAL_REPORT_DAYS (UDPP art. 18 ust. 1). */
export function finalReportDaysOf(settings: { contractFinalReportDays: number | null }): number {
  return settings.contractFinalReportDays ?? FINAL_REPORT_DAYS;
}

/** "YYYY-MM-DD" plus whole calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
