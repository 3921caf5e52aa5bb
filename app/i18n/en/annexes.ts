/** Messages of the annexes area (en). */
export const annexes: Record<string, string> = {};
