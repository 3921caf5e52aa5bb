/** Messages of the settlement area (pl). */
export const settlement: Record<string, string> = {};
