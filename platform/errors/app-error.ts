/**
 * The one error type of the platform. Each code maps to exactly one HTTP status in
 * app/lib/http-error.server.ts; messages are i18n keys, never raw text.
 */
export const APP_ERROR_CODES = {
  /** Input failed validation; `fieldErrors` says which field and why. */
  VALIDATION: 422,
  /** Not logged in. */
  UNAUTHENTICATED: 401,
  /** Logged in but the policy says no. */
  FORBIDDEN: 403,
  /** No such record in this tenant (also used to hide another tenant's records). */
  NOT_FOUND: 404,
  /** The record changed state or already exists. */
  CONFLICT: 409,
  /** The link or token expired or was already used. */
  GONE: 410,
  /** Too many attempts; retry later. */
  RATE_LIMITED: 429,
  /** An upstream service (KRS, SMTP) did not answer usefully. */
  UPSTREAM_UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** i18n key of the message shown to the user. */
  readonly messageKey: string;
  readonly fieldErrors: FieldErrors;
  readonly details: Record<string, unknown>;

  constructor(
    code: AppErrorCode,
    messageKey: string,
    options: { fieldErrors?: FieldErrors; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(`${code}: ${messageKey}`, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.fieldErrors = options.fieldErrors ?? {};
    this.details = options.details ?? {};
  }

  get status(): number {
    return APP_ERROR_CODES[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
