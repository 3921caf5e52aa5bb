/*
 * When the platform reminds (PROCESS.md §4). Reports are due on the contract's dates (the final
 * one 30 days after the task ends, UDPP art. 18 ust. 1); a return of the grant on the day
 * returnDueDate gives (ufp art. 251 ust. 1–2). These lead times are the office's practice, not law.
 */

/** Days before a report's due date the organisation is reminded. */
export const REPORT_REMINDER_DAYS = 7;
/** Days before an instalment's planned date the office is reminded to pay it. */
export const INSTALMENT_REMINDER_DAYS = 3;
/** Days before a return's due date the organisation is reminded (and once when it is overdue). */
export const RETURN_REMINDER_DAYS = 7;
/** The reminders run once a day; asking more often does no harm (each reminder goes once). */
export const REMINDERS_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** Report statuses in which the organisation still owes the report. */
export const OWED_REPORT_STATUSES = ["due", "draft", "returned"] as const;
