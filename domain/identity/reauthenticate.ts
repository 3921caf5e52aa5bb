import { and, eq } from "drizzle-orm";
import { writeAudit } from "~/platform/audit/write-audit.server";
import { verifyPassword } from "~/platform/auth/password.server";
import { enforceRateLimits } from "~/platform/auth/rate-limit.server";
import { LOGIN_LIMIT_PER_IP, REAUTH_LIMIT_PER_ACCOUNT } from "~/platform/auth/rules";
import { sessions } from "~/platform/db/schema/identity";
import { AppError } from "~/platform/errors/app-error";
import type { IdentityDeps, SessionRef } from "./deps";
import { findSession, findUserById } from "./queries";

/**
 * The password typed again before a sensitive change (e-mail, password, 2FA): marks the session
 * as re-authenticated for REAUTH_FRESH_MS. Counted like login attempts.
 */
export async function reauthenticate(
  options: IdentityDeps & SessionRef & { password: string },
): Promise<void> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const session = await findSession(db, options.sessionIdHash, options.userId);
  const user = await findUserById(db, options.userId);
  if (!session || !user || session.expiresAt <= now) {
    throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  }
  await enforceRateLimits(db, now, [
    { rule: REAUTH_LIMIT_PER_ACCOUNT, key: user.id },
    { rule: LOGIN_LIMIT_PER_IP, key: options.actor.ip },
  ]);
  if (!(await verifyPassword(user.passwordHash, options.password))) {
    await writeAudit(db, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.reauth_failed",
    });
    throw new AppError("VALIDATION", "identity.reauth.invalid", {
      fieldErrors: { password: ["identity.reauth.invalid"] },
    });
  }
  await db.transaction(async (tx) => {
    await tx
      .update(sessions)
      .set({ reauthenticatedAt: now })
      .where(and(eq(sessions.idHash, session.idHash), eq(sessions.userId, user.id)));
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.reauthenticated",
    });
  });
}
