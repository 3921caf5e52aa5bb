/** English catalogue: ranking, protocol, decision, published results and requests for reasons. */
export const results: Record<string, string> = {};
