/** Messages of the contracts area (pl). */
export const contracts: Record<string, string> = {};
