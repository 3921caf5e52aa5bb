import { and, eq } from "drizzle-orm";
import { writeAudit } from "~/platform/audit/write-audit.server";
import { sessions } from "~/platform/db/schema/identity";
import { AppError } from "~/platform/errors/app-error";
import type { IdentityDeps, SessionRef } from "./deps";
import { findSession, findUserById } from "./queries";
import { checkTotpCode, invalidCodeError } from "./totp-check";

/**
 * The second step of logging in: a code from the authenticator app marks the session as having
 * passed the second factor (sessions.second_factor_at). Rate-limited; a code works once.
 */
export async function verifySecondFactor(
  options: IdentityDeps & SessionRef & { code: string },
): Promise<void> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const session = await findSession(db, options.sessionIdHash, options.userId);
  const user = await findUserById(db, options.userId);
  if (!session || !user || session.expiresAt <= now) {
    throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  }
  if (!user.totpSecret || !user.totpEnabledAt) throw new AppError("CONFLICT", "identity.totp.notEnabled");
  const ok = await checkTotpCode(db, {
    userId: user.id,
    secret: user.totpSecret,
    code: options.code,
    now,
    ip: options.actor.ip,
  });
  if (!ok) {
    await writeAudit(db, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.second_factor_failed",
    });
    throw invalidCodeError();
  }
  await db.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({ secondFactorAt: now })
      .where(and(eq(sessions.idHash, session.idHash), eq(sessions.userId, user.id)));
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.second_factor_passed",
    });
  });
}
