/** Messages of the reports area (en). */
export const reports: Record<string, string> = {};
