import { writeAudit } from "~/platform/audit/write-audit.server";
import { destroySession } from "~/platform/auth/session.server";
import type { IdentityDeps } from "./deps";

/** Ends the session of a cookie token (its row is deleted, so the token is worthless afterwards). */
export async function logOut(
  options: IdentityDeps & { sessionToken: string; userId: string | null },
): Promise<void> {
  await options.db.transaction(async (tx) => {
    await destroySession(tx, options.sessionToken);
    if (options.userId) {
      await writeAudit(tx, {
        tenantId: options.tenant.id,
        actor: options.actor,
        entityType: "user",
        entityId: options.userId,
        action: "user.logout",
      });
    }
  });
}
