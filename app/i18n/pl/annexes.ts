/** Messages of the annexes area (pl). */
export const annexes: Record<string, string> = {};
