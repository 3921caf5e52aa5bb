import { hmac, randomToken, safeEqual } from "./tokens.server";

export { CSRF_FIELD } from "./csrf-field";

/** Cookie holding the browser's random CSRF seed (signed double-submit pattern). */
export const CSRF_COOKIE = "pz_csrf";

export function newCsrfSeed(): string {
  return randomToken(24);
}

/** The token put into forms: an HMAC of the browser's seed, so another site cannot forge it. */
export function csrfTokenFor(secret: string, seed: string): string {
  return hmac(secret, `csrf:${seed}`);
}

export function verifyCsrf(secret: string, seed: string | undefined, token: string | null): boolean {
  if (!seed || !token) return false;
  return safeEqual(csrfTokenFor(secret, seed), token);
}
