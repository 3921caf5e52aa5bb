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
