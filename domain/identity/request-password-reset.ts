import { writeAudit } from "~/platform/audit/write-audit.server";
import { enforceRateLimits } from "~/platform/auth/rate-limit.server";
import { RESET_LIMIT_PER_ACCOUNT, RESET_LIMIT_PER_IP, RESET_TOKEN_TTL_MS } from "~/platform/auth/rules";
import { enqueueMail } from "~/platform/mail/enqueue-mail.server";
import { type IdentityDeps, linkTo, normaliseEmail } from "./deps";
import { mailLocaleOf } from "./mail/layout";
import { resetPasswordMail } from "./mail/reset-password";
import { findUserByEmail } from "./queries";
import { issueUserToken } from "./user-tokens";

/**
 * Mails a single-use link to set a new password, valid for RESET_TOKEN_TTL_MS (at most an hour).
 * The caller always gets the same answer, whether or not the address has an account; requests
 * are counted per address and per IP either way.
 */
export async function requestPasswordReset(
  options: IdentityDeps & { email: string; appUrl: string },
): Promise<void> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const email = normaliseEmail(options.email);
  await enforceRateLimits(db, now, [
    { rule: RESET_LIMIT_PER_ACCOUNT, key: email },
    { rule: RESET_LIMIT_PER_IP, key: options.actor.ip },
  ]);
  const user = await findUserByEmail(db, email);
  if (!user) return;
  await db.transaction(async (tx) => {
    const token = await issueUserToken(tx, {
      kind: "reset_password",
      userId: user.id,
      ttlMs: RESET_TOKEN_TTL_MS,
      now,
    });
    await enqueueMail(tx, {
      tenantId: tenant.id,
      to: user.email,
      template: "identity.reset_password",
      rendered: resetPasswordMail({
        locale: mailLocaleOf(user.locale),
        name: user.name,
        tenantName: tenant.name,
        link: linkTo(options.appUrl, `/reset-hasla/${token}`),
        validMinutes: RESET_TOKEN_TTL_MS / 60_000,
      }),
    });
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.password_reset_requested",
    });
  });
}
