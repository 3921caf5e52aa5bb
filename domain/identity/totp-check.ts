import { enforceRateLimits } from "~/platform/auth/rate-limit.server";
import { SECOND_FACTOR_LIMIT_PER_ACCOUNT, SECOND_FACTOR_LIMIT_PER_IP } from "~/platform/auth/rules";
import { claimTotpStep, verifyTotp } from "~/platform/auth/totp.server";
import type { Db } from "~/platform/db/client.server";
import { AppError } from "~/platform/errors/app-error";

/** The refusal of a wrong code, shown next to the code field. */
export function invalidCodeError(): AppError {
  return new AppError("VALIDATION", "identity.totp.invalid", {
    fieldErrors: { code: ["identity.totp.invalid"] },
  });
}

/**
 * Counts an attempt (per person and per IP), then checks a code against a secret and uses its
 * time step up. True only for a right code not used before.
 */
export async function checkTotpCode(
  db: Db,
  options: { userId: string; secret: string; code: string; now: Date; ip: string | null },
): Promise<boolean> {
  await enforceRateLimits(db, options.now, [
    { rule: SECOND_FACTOR_LIMIT_PER_ACCOUNT, key: options.userId },
    { rule: SECOND_FACTOR_LIMIT_PER_IP, key: options.ip },
  ]);
  const step = verifyTotp(options.secret, options.code, options.now);
  if (step === null) return false;
  return claimTotpStep(db, options.userId, options.secret, step);
}
