import type { KrsRegister, KrsRegistry } from "./krs-registry";
import { parseKrsResponse, type RawKrsResponse } from "./parse-krs-response";

/**
 * A local stand-in for the public KRS API, for tests and offline development: it answers from the
 * files in ./fixtures exactly as the service would (the extract's JSON, a 404 problem JSON, a
 * maintenance HTML page), and the answer goes through the same parser as the real client's.
 */
const FIXTURES = import.meta.glob<string>("./fixtures/*", { query: "?raw", import: "default", eager: true });

/** Asking for this number gets the maintenance page (to try the "registry unavailable" path). */
export const LOCAL_KRS_MAINTENANCE_NUMBER = "0000999999";

function fixture(name: string): string | undefined {
  return FIXTURES[`./fixtures/${name}`];
}

/** KRS numbers the local registry knows, with their register (shown as a hint in demo mode). */
export const LOCAL_KRS_SAMPLES: { krs: string; register: KrsRegister }[] = Object.entries(FIXTURES)
  .map(([path, body]) => ({ krs: /(\d{10})\.json$/.exec(path)?.[1], register: registerOf(body) }))
  .filter((s): s is { krs: string; register: KrsRegister } => Boolean(s.krs && s.register));

function registerOf(body: string): KrsRegister | undefined {
  const m = /"rejestr"\s*:\s*"Rej([SP])"/.exec(body);
  return m?.[1] as KrsRegister | undefined;
}

/** The raw HTTP answer the real API would give for this request. */
export function localKrsAnswer(krs: string, register: KrsRegister): RawKrsResponse {
  if (krs === LOCAL_KRS_MAINTENANCE_NUMBER) {
    return { status: 503, contentType: "text/html; charset=utf-8", body: fixture("maintenance.html") ?? "" };
  }
  const body = /^\d{10}$/.test(krs) ? fixture(`${krs}.json`) : undefined;
  if (body && registerOf(body) === register) return { status: 200, contentType: "application/json", body };
  return {
    status: 404,
    contentType: "application/problem+json",
    body: fixture("not-found.problem.json") ?? "{}",
  };
}

export function createLocalKrsRegistry(): KrsRegistry {
  return {
    async fetchCurrentExtract(krs, register) {
      return parseKrsResponse(localKrsAnswer(krs, register));
    },
  };
}
