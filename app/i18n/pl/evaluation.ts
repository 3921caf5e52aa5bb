/** Polish catalogue: formal check, corrections and signed copies. */
export const evaluation: Record<string, string> = {};
