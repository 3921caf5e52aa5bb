import { eq, sql } from "drizzle-orm";
import { writeAudit } from "~/platform/audit/write-audit.server";
import { hashPassword } from "~/platform/auth/password.server";
import { destroyUserSessions } from "~/platform/auth/session.server";
import type { DbOrTx } from "~/platform/db/client.server";
import { users } from "~/platform/db/schema/identity";
import type { IdentityDeps } from "./deps";
import { consumeUserToken, findUsableToken, retireUserTokens } from "./user-tokens";

/** Whether a reset link can still be used (the page shows the form or says the link is gone). */
export async function isResetTokenUsable(db: DbOrTx, token: string, now: Date): Promise<boolean> {
  return (await findUsableToken(db, { kinds: ["reset_password"], token, now })) !== null;
}

/**
 * Sets a new password from a reset link. The link works once (used_at is set in the same
 * statement that checks it) and not after it expired: both are GONE. Every session of the person
 * ends, and so do their other reset links. The address counts as confirmed: the link reached it.
 */
export async function resetPassword(
  options: IdentityDeps & { token: string; password: string },
): Promise<{ userId: string }> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const passwordHash = await hashPassword(options.password);
  return db.transaction(async (tx) => {
    const row = await consumeUserToken(tx, { kinds: ["reset_password"], token: options.token, now });
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: now, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now})` })
      .where(eq(users.id, row.userId));
    await retireUserTokens(tx, { kind: "reset_password", userId: row.userId, now });
    await destroyUserSessions(tx, row.userId);
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: row.userId,
      action: "user.password_reset",
    });
    return { userId: row.userId };
  });
}
