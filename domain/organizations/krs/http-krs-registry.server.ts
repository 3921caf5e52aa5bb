import type { KrsLookup, KrsRegistry } from "./krs-registry";
import { parseKrsResponse } from "./parse-krs-response";

/** The public KRS API of the Ministry of Justice. */
export const KRS_API_BASE_URL = "https://api-krs.ms.gov.pl";
/** How long the form waits for the registry before offering manual entry. */
export const KRS_API_TIMEOUT_MS = 5_000;

/**
 * The real client: GET /api/krs/OdpisAktualny/{krs}?rejestr=S|P&format=json with a timeout.
 * Never used in tests (select-krs-registry.server.ts picks the local fake there).
 */
export function createHttpKrsRegistry(
  options: { baseUrl?: string; timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): KrsRegistry {
  const baseUrl = options.baseUrl ?? KRS_API_BASE_URL;
  const timeoutMs = options.timeoutMs ?? KRS_API_TIMEOUT_MS;
  const fetchImpl = options.fetchImpl ?? fetch;
  return {
    async fetchCurrentExtract(krs, register): Promise<KrsLookup> {
      if (!/^\d{10}$/.test(krs)) return { kind: "not-found" };
      const url = `${baseUrl}/api/krs/OdpisAktualny/${krs}?rejestr=${register}&format=json`;
      try {
        const response = await fetchImpl(url, {
          headers: { accept: "application/json" },
          signal: AbortSignal.timeout(timeoutMs),
          redirect: "error",
        });
        const body = await response.text();
        return parseKrsResponse({
          status: response.status,
          contentType: response.headers.get("content-type"),
          body,
        });
      } catch (error) {
        const timedOut = error instanceof DOMException && error.name === "TimeoutError";
        return { kind: "unavailable", reason: timedOut ? "timeout" : "network" };
      }
    },
  };
}
