import { eq } from "drizzle-orm";
import { writeAudit } from "~/platform/audit/write-audit.server";
import { isTotpSecret } from "~/platform/auth/totp.server";
import type { Tx } from "~/platform/db/client.server";
import { users } from "~/platform/db/schema/identity";
import { enqueueMail } from "~/platform/mail/enqueue-mail.server";
import type { IdentityDeps, SessionRef, TenantRef } from "./deps";
import { accountChangedMail } from "./mail/account-changed";
import { mailLocaleOf } from "./mail/layout";
import { assertAllowed } from "./policy";
import { loadAccountFacts, type UserRow } from "./queries";
import { checkTotpCode, invalidCodeError } from "./totp-check";

/**
 * Switches the second factor off. Only for people without a staff role (staff must keep it) and
 * after a fresh re-authentication with the second factor passed in this session.
 */
export async function disableTotp(options: IdentityDeps & SessionRef): Promise<void> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const { facts, user } = await loadAccountFacts(db, { ...options, tenantId: tenant.id, now });
  assertAllowed("disableTotp", facts);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, updatedAt: now })
      .where(eq(users.id, user.id));
    await notify(tx, { tenant, user, actor: options.actor, action: "user.totp_disabled" });
  });
}

/**
 * Moves the second factor to a new authenticator (a new phone): the new secret, shown on the
 * page, replaces the old one only once a code from the new app is right, so an abandoned attempt
 * leaves the old app working. Needs a fresh re-authentication and the second factor passed.
 */
export async function resetTotp(
  options: IdentityDeps & SessionRef & { secret: string; code: string },
): Promise<void> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const { facts, user } = await loadAccountFacts(db, { ...options, tenantId: tenant.id, now });
  assertAllowed("resetTotp", facts);
  const secret = options.secret.trim().toUpperCase();
  if (!isTotpSecret(secret) || secret === user.totpSecret) throw invalidCodeError();
  const ok = await checkTotpCode(db, {
    userId: user.id,
    secret,
    code: options.code,
    now,
    ip: options.actor.ip,
  });
  if (!ok) throw invalidCodeError();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: secret, totpEnabledAt: now, updatedAt: now })
      .where(eq(users.id, user.id));
    await notify(tx, { tenant, user, actor: options.actor, action: "user.totp_reset" });
  });
}

async function notify(
  tx: Tx,
  o: { tenant: TenantRef; user: UserRow; actor: IdentityDeps["actor"]; action: string },
): Promise<void> {
  await enqueueMail(tx, {
    tenantId: o.tenant.id,
    to: o.user.email,
    template: "identity.account_changed",
    rendered: accountChangedMail({
      locale: mailLocaleOf(o.user.locale),
      name: o.user.name,
      tenantName: o.tenant.name,
      change: "totp",
    }),
  });
  await writeAudit(tx, {
    tenantId: o.tenant.id,
    actor: o.actor,
    entityType: "user",
    entityId: o.user.id,
    action: o.action,
  });
}
