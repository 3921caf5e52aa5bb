/** Messages of the settlement area (en). */
export const settlement: Record<string, string> = {};
