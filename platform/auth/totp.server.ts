import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import type { DbOrTx } from "../db/client.server";
import { incrementCounter } from "./rate-limit.server";
import { TOTP_DIGITS, TOTP_PERIOD_SECONDS, TOTP_WINDOW_STEPS } from "./rules";
import { hashToken } from "./tokens.server";

/** A base32 secret: 20 random bytes (160 bits, the size RFC 4226 recommends for SHA-1). */
const SECRET_BYTES = 20;
const BASE32_SECRET = /^[A-Z2-7]{16,128}$/;

function totpFor(secret: string, label = "", issuer = ""): TOTP {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** A fresh random secret in base32, as authenticator apps expect it typed by hand. */
export function generateTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

export function isTotpSecret(value: string): boolean {
  return BASE32_SECRET.test(value);
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(options: { secret: string; accountName: string; issuer: string }): string {
  return totpFor(options.secret, options.accountName, options.issuer).toString();
}

/** The code valid at a moment (tests, demo tooling). */
export function totpCode(secret: string, now: Date): string {
  return totpFor(secret).generate({ timestamp: now.getTime() });
}

/** What a person typed, without spaces; null when it cannot be a code. */
export function normaliseTotpCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code) ? code : null;
}

/**
 * Checks a code against the secret at `now`, accepting one step before and after. Returns the
 * time step the code belongs to (for replay protection), or null when the code is wrong.
 */
export function verifyTotp(secret: string, input: string, now: Date): number | null {
  const code = normaliseTotpCode(input);
  if (!code || !isTotpSecret(secret)) return null;
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW_STEPS });
  if (delta === null) return null;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}

/**
 * Marks a code's time step as used for a person's secret; false when it was used already (a code
 * seen over someone's shoulder or replayed from a log must not work twice). Per secret, so moving
 * to a new phone right after logging in does not collide with the old app's code. Kept in the
 * rate-limit counters, which are pruned after a day.
 */
export async function claimTotpStep(
  db: DbOrTx,
  userId: string,
  secret: string,
  step: number,
): Promise<boolean> {
  const bucket = `totp-step:${userId}:${hashToken(secret).slice(0, 16)}`;
  const hits = await incrementCounter(db, bucket, new Date(step * TOTP_PERIOD_SECONDS * 1000));
  return hits === 1;
}

/** The QR code of an otpauth:// URI as an SVG document. */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** The QR code as a data: URL for an <img>, so the page needs no script and no extra request. */
export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await totpQrSvg(uri);
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
