import { writeAudit } from "~/platform/audit/write-audit.server";
import { dummyPasswordHash, verifyPassword } from "~/platform/auth/password.server";
import { enforceRateLimits } from "~/platform/auth/rate-limit.server";
import { LOGIN_LIMIT_PER_ACCOUNT, LOGIN_LIMIT_PER_IP } from "~/platform/auth/rules";
import { createSession, destroySession } from "~/platform/auth/session.server";
import { AppError, isAppError } from "~/platform/errors/app-error";
import { actorFor, type IdentityDeps, normaliseEmail } from "./deps";
import { type SecondFactorStep, secondFactorStep } from "./policy";
import { findUserByEmail, isStaffIn } from "./queries";

export interface LogInOptions extends IdentityDeps {
  email: string;
  password: string;
  userAgent: string | null;
  /** The session token the browser came with; that session ends (a new token every login). */
  previousSessionToken?: string | null;
}

export interface LogInResult {
  userId: string;
  /** The raw token for the cookie. */
  token: string;
  expiresAt: Date;
  /** Staff (and anyone with TOTP on) still have to pass the second factor in this session. */
  secondFactor: SecondFactorStep;
}

/**
 * Checks e-mail and password and opens a new session. Attempts are counted per account and per
 * IP before the password is checked, so a throttled account is refused even with the right
 * password. Unknown address and wrong password give the same error after the same work.
 */
export async function logIn(options: LogInOptions): Promise<LogInResult> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const email = normaliseEmail(options.email);
  const ip = options.actor.ip;
  const fail = async (userId: string | null, reason: string) =>
    writeAudit(db, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: userId,
      action: "user.login_failed",
      after: { email, reason },
    });
  try {
    await enforceRateLimits(db, now, [
      { rule: LOGIN_LIMIT_PER_ACCOUNT, key: email },
      { rule: LOGIN_LIMIT_PER_IP, key: ip },
    ]);
  } catch (error) {
    if (isAppError(error)) await fail(null, "rate_limited");
    throw error;
  }
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    options.password,
  );
  if (!user || !passwordOk) {
    await fail(user?.id ?? null, user ? "wrong_password" : "unknown_account");
    throw new AppError("VALIDATION", "identity.login.invalid");
  }
  const isStaff = await isStaffIn(db, user.id, tenant.id);
  const secondFactor = secondFactorStep({ isStaff, totpEnabled: user.totpEnabledAt !== null });
  return db.transaction(async (tx) => {
    if (options.previousSessionToken) await destroySession(tx, options.previousSessionToken);
    const session = await createSession(tx, {
      userId: user.id,
      isStaff,
      now,
      ip,
      userAgent: options.userAgent,
    });
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: actorFor(user, ip),
      entityType: "user",
      entityId: user.id,
      action: "user.login",
      after: { secondFactor },
    });
    return { userId: user.id, token: session.token, expiresAt: session.expiresAt, secondFactor };
  });
}
