import { z } from "./zod-messages";

/**
 * Polish register identifiers (PROCESS.md §2 and §11): pure checks, Zod field schemas that
 * normalise what people type (spaces, dashes, a "PL" prefix) and return digits only, and
 * grouping for display. Messages are i18n keys (app/i18n/pl/organizations.ts). Shared by the
 * browser form and the server action, so it imports nothing server-only.
 */

/** NIP weights; the check digit is the weighted sum mod 11 and a remainder of 10 is never valid. */
const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7] as const;
/** REGON-9 weights; a remainder of 10 counts as 0. */
const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7] as const;
/** REGON-14 weights; a remainder of 10 counts as 0. */
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8] as const;
/** Polish IBAN: "PL", two check digits, 26 digits of the NRB account number. */
const PL_IBAN_LENGTH = 28;
/** KRS numbers are 10 digits, zero-padded, without a check digit. */
const KRS_LENGTH = 10;
/** Longest raw input a field schema reads before normalising (guards against oversize posts). */
const MAX_RAW_LENGTH = 64;

/** Removes whitespace (also non-breaking), dashes and dots people type between digit groups. */
export function stripSeparators(value: string): string {
  return value.replace(/[\s\u00a0\-–.]/g, "");
}

function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum;
}

/** The NIP check digit for its first 9 digits, or null when the remainder is 10 (no valid NIP). */
export function nipCheckDigit(first9: string): number | null {
  const r = weightedSum(first9, NIP_WEIGHTS) % 11;
  return r === 10 ? null : r;
}

export function regon9CheckDigit(first8: string): number {
  return (weightedSum(first8, REGON9_WEIGHTS) % 11) % 10;
}

export function regon14CheckDigit(first13: string): number {
  return (weightedSum(first13, REGON14_WEIGHTS) % 11) % 10;
}

/** Normalised NIP: digits only, an optional "PL" (EU VAT) prefix dropped. */
export function normalizeNip(value: string): string {
  return stripSeparators(value).replace(/^PL/i, "");
}

export function isValidNip(value: string): boolean {
  const nip = normalizeNip(value);
  if (!/^\d{10}$/.test(nip)) return false;
  return nipCheckDigit(nip.slice(0, 9)) === Number(nip[9]);
}

export function isValidRegon(value: string): boolean {
  const regon = stripSeparators(value);
  if (/^\d{9}$/.test(regon)) return regon9CheckDigit(regon.slice(0, 8)) === Number(regon[8]);
  if (/^\d{14}$/.test(regon)) {
    // A 14-digit REGON (a local unit) starts with the valid 9-digit REGON of its parent.
    return isValidRegon(regon.slice(0, 9)) && regon14CheckDigit(regon.slice(0, 13)) === Number(regon[13]);
  }
  return false;
}

/** Normalised KRS: digits only, zero-padded to 10 ("123456" → "0000123456"); null if not a number. */
export function normalizeKrs(value: string): string | null {
  const digits = stripSeparators(value);
  if (!/^\d{1,10}$/.test(digits) || /^0+$/.test(digits)) return null;
  return digits.padStart(KRS_LENGTH, "0");
}

/** Normalised Polish IBAN: upper case, no spaces, with the "PL" prefix added when omitted. */
export function normalizeIban(value: string): string {
  const compact = stripSeparators(value).toUpperCase();
  return /^\d{26}$/.test(compact) ? `PL${compact}` : compact;
}

/** ISO 13616 mod-97 of an IBAN (country and check digits moved to the end, letters as numbers). */
function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of code) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}

export function isValidIban(value: string): boolean {
  const iban = normalizeIban(value);
  if (iban.length !== PL_IBAN_LENGTH || !/^PL\d{26}$/.test(iban)) return false;
  return ibanRemainder(iban) === 1;
}

/** The two IBAN check digits for a Polish 24-digit account (bank sort code + account number). */
export function plIbanCheckDigits(bban24: string): string {
  return String(98 - ibanRemainder(`PL00${bban24}`)).padStart(2, "0");
}

/** Polish postal code "NN-NNN"; a code typed without the dash ("42200") is accepted. */
export function normalizePostalCode(value: string): string {
  const compact = value.replace(/[\s\u00a0]/g, "");
  return /^\d{5}$/.test(compact) ? `${compact.slice(0, 2)}-${compact.slice(2)}` : compact;
}

function identifierSchema(normalize: (v: string) => string | null, check: (v: string) => string | null) {
  return z
    .string()
    .trim()
    .min(1)
    .max(MAX_RAW_LENGTH)
    .transform((raw, ctx) => {
      const value = normalize(raw);
      const problem = value === null ? "invalid" : check(value);
      if (value === null || problem) {
        ctx.addIssue({ code: "custom", message: problem ?? "form.invalid" });
        return z.NEVER;
      }
      return value;
    });
}

/** NIP: 10 digits with a valid check digit; returns digits only. */
export const NipSchema = identifierSchema(normalizeNip, (nip) => {
  if (!/^\d{10}$/.test(nip)) return "org.error.nipFormat";
  return isValidNip(nip) ? null : "org.error.nipChecksum";
});

/** REGON: 9 or 14 digits with valid check digits; returns digits only. */
export const RegonSchema = identifierSchema(stripSeparators, (regon) => {
  if (!/^(\d{9}|\d{14})$/.test(regon)) return "org.error.regonFormat";
  return isValidRegon(regon) ? null : "org.error.regonChecksum";
});

/** KRS: up to 10 digits, returned zero-padded to 10. */
export const KrsSchema = identifierSchema(
  (v) => normalizeKrs(v) ?? stripSeparators(v),
  (krs) => (/^\d{10}$/.test(krs) && !/^0+$/.test(krs) ? null : "org.error.krsFormat"),
);

/** Polish IBAN: PL + 26 digits passing mod 97; returns "PL" + 26 digits. */
export const IbanSchema = identifierSchema(normalizeIban, (iban) => {
  if (!/^PL\d{26}$/.test(iban)) return "org.error.ibanFormat";
  return isValidIban(iban) ? null : "org.error.ibanChecksum";
});

/** Postal code NN-NNN. */
export const PostalCodeSchema = identifierSchema(normalizePostalCode, (code) =>
  /^\d{2}-\d{3}$/.test(code) ? null : "org.error.postalCode",
);

/** "123-456-78-90", as NIP is usually printed. */
export function formatNip(nip: string): string {
  const d = normalizeNip(nip);
  return /^\d{10}$/.test(d) ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}` : nip;
}

/** "151 398 711" or "151 398 711 00012". */
export function formatRegon(regon: string): string {
  const d = stripSeparators(regon);
  if (!/^(\d{9}|\d{14})$/.test(d)) return regon;
  const head = `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)}`;
  return d.length === 14 ? `${head} ${d.slice(9)}` : head;
}

/** KRS is shown as its ten digits, zero-padded. */
export function formatKrs(krs: string): string {
  return normalizeKrs(krs) ?? krs;
}

/** "PL61 1090 1014 0000 0712 1981 2874" */
export function formatIban(iban: string): string {
  const d = normalizeIban(iban);
  return d.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * Builders of valid identifiers from any number (demo data and test factories): the digits come
 * from the seed, the check digits are computed, never typed.
 */
export function makeNip(seed: number): string {
  for (let n = Math.abs(Math.trunc(seed)); ; n++) {
    const first9 = String(100_000_000 + (n % 900_000_000)).slice(0, 9);
    const check = nipCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}

export function makeRegon9(seed: number): string {
  const first8 = String(10_000_000 + (Math.abs(Math.trunc(seed)) % 90_000_000));
  return `${first8}${regon9CheckDigit(first8)}`;
}

export function makeRegon14(seed: number, unit: number): string {
  const first13 = `${makeRegon9(seed)}${String(Math.abs(Math.trunc(unit)) % 10_000).padStart(4, "0")}`;
  return `${first13}${regon14CheckDigit(first13)}`;
}

export function makePlIban(bankSortCode: string, accountSeed: number): string {
  const account = String(Math.abs(Math.trunc(accountSeed)) % 1e16).padStart(16, "0");
  const bban = `${bankSortCode}${account}`;
  return `PL${plIbanCheckDigits(bban)}${bban}`;
}

export function makeKrs(seed: number): string {
  return String((Math.abs(Math.trunc(seed)) % 9_999_999_999) + 1).padStart(KRS_LENGTH, "0");
}
