/** English catalogue: the competition committee: composition, nominations, declarations, scoring. */
export const committee: Record<string, string> = {};
