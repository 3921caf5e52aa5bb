/** Messages of the contracts area (en). */
export const contracts: Record<string, string> = {};
