/** Identity rules with their numbers, in one place. */

/** Session lifetime for organisation members and visitors. */
export const MEMBER_SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Session lifetime for staff (shorter: they reach personal data of many organisations). */
export const STAFF_SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Password-reset links are single-use and valid for at most one hour (issue requirement). */
export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;
/** E-mail verification links. */
export const VERIFY_EMAIL_TOKEN_TTL_MS = 48 * 60 * 60 * 1000;
/** Re-authentication is fresh for this long before changing e-mail, password or 2FA. */
export const REAUTH_FRESH_MS = 10 * 60 * 1000;
/** Minimum password length (CERT Polska / NIST SP 800-63B recommend long passphrases over rules). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** A fixed-window limit: at most `max` attempts per `windowMs`. */
export interface RateLimitRule {
  /** Short stable name, part of the counter's bucket key. */
  name: string;
  max: number;
  windowMs: number;
}

const MINUTE_MS = 60 * 1000;

/**
 * Login attempts per account (issue: "200 logins in 5 s for one account are throttled").
 * Ten per quarter-hour lets a person mistype a few times and stops online guessing.
 */
export const LOGIN_LIMIT_PER_ACCOUNT: RateLimitRule = {
  name: "login-acct",
  max: 10,
  windowMs: 15 * MINUTE_MS,
};
/** Login attempts per IP (issue: "… from one IP are throttled"); higher: offices share one address. */
export const LOGIN_LIMIT_PER_IP: RateLimitRule = { name: "login-ip", max: 50, windowMs: 15 * MINUTE_MS };
/** Password-reset requests per account (issue: reset abuse is throttled; each one sends a mail). */
export const RESET_LIMIT_PER_ACCOUNT: RateLimitRule = {
  name: "reset-acct",
  max: 5,
  windowMs: 60 * MINUTE_MS,
};
/** Password-reset requests per IP. */
export const RESET_LIMIT_PER_IP: RateLimitRule = { name: "reset-ip", max: 20, windowMs: 60 * MINUTE_MS };
/** Second-factor codes per account: 10 guesses of a 6-digit code per quarter-hour. */
export const SECOND_FACTOR_LIMIT_PER_ACCOUNT: RateLimitRule = {
  name: "2fa-acct",
  max: 10,
  windowMs: 15 * MINUTE_MS,
};
/** Second-factor codes per IP. */
export const SECOND_FACTOR_LIMIT_PER_IP: RateLimitRule = {
  name: "2fa-ip",
  max: 50,
  windowMs: 15 * MINUTE_MS,
};
/** Password typed again before a sensitive change (same budget as logging in). */
export const REAUTH_LIMIT_PER_ACCOUNT: RateLimitRule = {
  name: "reauth-acct",
  max: 10,
  windowMs: 15 * MINUTE_MS,
};
/** New accounts per IP (each sends a verification mail). */
export const REGISTER_LIMIT_PER_IP: RateLimitRule = {
  name: "register-ip",
  max: 20,
  windowMs: 60 * MINUTE_MS,
};
/** Mails sent on a person's request (verification link again, e-mail change), per account. */
export const ACCOUNT_MAIL_LIMIT_PER_ACCOUNT: RateLimitRule = {
  name: "mail-acct",
  max: 5,
  windowMs: 60 * MINUTE_MS,
};
/** Counter windows older than this are deleted (longer than every window above). */
export const RATE_LIMIT_RETENTION_MS = 24 * 60 * MINUTE_MS;

/** TOTP (RFC 6238) parameters every authenticator app understands: SHA-1, 6 digits, 30 s. */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Codes of one step before and after are accepted (clock drift of the phone, RFC 6238 §5.2). */
export const TOTP_WINDOW_STEPS = 1;
