/** Messages of the reports area (pl). */
export const reports: Record<string, string> = {};
