import { and, eq, isNull } from "drizzle-orm";
import { writeAudit } from "~/platform/audit/write-audit.server";
import { sessions, users } from "~/platform/db/schema/identity";
import { AppError } from "~/platform/errors/app-error";
import { enqueueMail } from "~/platform/mail/enqueue-mail.server";
import type { IdentityDeps, SessionRef } from "./deps";
import { accountChangedMail } from "./mail/account-changed";
import { mailLocaleOf } from "./mail/layout";
import { assertAllowed } from "./policy";
import { loadAccountFacts } from "./queries";
import { checkTotpCode, invalidCodeError } from "./totp-check";

/**
 * Second step of switching the second factor on: a code from the app proves it holds the secret.
 * The account's TOTP becomes active and this session counts as having passed the second factor.
 */
export async function confirmTotp(options: IdentityDeps & SessionRef & { code: string }): Promise<void> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const { facts, user, session } = await loadAccountFacts(db, { ...options, tenantId: tenant.id, now });
  assertAllowed("confirmTotp", facts);
  if (!user.totpSecret) throw new AppError("CONFLICT", "identity.totp.notSetUp");
  const ok = await checkTotpCode(db, {
    userId: user.id,
    secret: user.totpSecret,
    code: options.code,
    now,
    ip: options.actor.ip,
  });
  if (!ok) throw invalidCodeError();
  await db.transaction(async (tx) => {
    const enabled = await tx
      .update(users)
      .set({ totpEnabledAt: now, updatedAt: now })
      .where(and(eq(users.id, user.id), eq(users.totpSecret, user.totpSecret!), isNull(users.totpEnabledAt)))
      .returning({ id: users.id });
    if (enabled.length === 0) throw new AppError("CONFLICT", "identity.totp.alreadyEnabled");
    await tx.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.idHash, session.idHash));
    await enqueueMail(tx, {
      tenantId: tenant.id,
      to: user.email,
      template: "identity.account_changed",
      rendered: accountChangedMail({
        locale: mailLocaleOf(user.locale),
        name: user.name,
        tenantName: tenant.name,
        change: "totp",
      }),
    });
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.totp_enabled",
    });
  });
}
