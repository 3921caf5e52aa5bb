import { eq } from "drizzle-orm";
import { writeAudit } from "~/platform/audit/write-audit.server";
import { hashPassword } from "~/platform/auth/password.server";
import { destroyUserSessions } from "~/platform/auth/session.server";
import { users } from "~/platform/db/schema/identity";
import { enqueueMail } from "~/platform/mail/enqueue-mail.server";
import type { IdentityDeps, SessionRef } from "./deps";
import { accountChangedMail } from "./mail/account-changed";
import { mailLocaleOf } from "./mail/layout";
import { assertAllowed } from "./policy";
import { loadAccountFacts } from "./queries";
import { retireUserTokens } from "./user-tokens";

/**
 * Sets a new password after a fresh re-authentication. Every other session of the person ends
 * (this one stays), open reset links stop working and the address gets a notice.
 */
export async function changePassword(
  options: IdentityDeps & SessionRef & { password: string },
): Promise<void> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const { facts, user, session } = await loadAccountFacts(db, { ...options, tenantId: tenant.id, now });
  assertAllowed("changePassword", facts);
  const passwordHash = await hashPassword(options.password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id));
    await destroyUserSessions(tx, user.id, session.idHash);
    await retireUserTokens(tx, { kind: "reset_password", userId: user.id, now });
    await enqueueMail(tx, {
      tenantId: tenant.id,
      to: user.email,
      template: "identity.account_changed",
      rendered: accountChangedMail({
        locale: mailLocaleOf(user.locale),
        name: user.name,
        tenantName: tenant.name,
        change: "password",
      }),
    });
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.password_changed",
    });
  });
}
