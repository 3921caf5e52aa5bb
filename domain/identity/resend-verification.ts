import { writeAudit } from "~/platform/audit/write-audit.server";
import { enforceRateLimits } from "~/platform/auth/rate-limit.server";
import { ACCOUNT_MAIL_LIMIT_PER_ACCOUNT, VERIFY_EMAIL_TOKEN_TTL_MS } from "~/platform/auth/rules";
import { AppError } from "~/platform/errors/app-error";
import { enqueueMail } from "~/platform/mail/enqueue-mail.server";
import { type IdentityDeps, linkTo } from "./deps";
import { mailLocaleOf } from "./mail/layout";
import { verifyEmailMail } from "./mail/verify-email";
import { findUserById } from "./queries";
import { issueUserToken } from "./user-tokens";

/** Mails a new confirmation link to a person whose address is not confirmed yet. */
export async function resendVerification(
  options: IdentityDeps & { userId: string; appUrl: string },
): Promise<void> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const user = await findUserById(db, options.userId);
  if (!user) throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  if (user.emailVerifiedAt) throw new AppError("CONFLICT", "identity.email.alreadyVerified");
  await enforceRateLimits(db, now, [{ rule: ACCOUNT_MAIL_LIMIT_PER_ACCOUNT, key: user.id }]);
  await db.transaction(async (tx) => {
    const token = await issueUserToken(tx, {
      kind: "verify_email",
      userId: user.id,
      ttlMs: VERIFY_EMAIL_TOKEN_TTL_MS,
      now,
      payload: { email: user.email },
    });
    await enqueueMail(tx, {
      tenantId: tenant.id,
      to: user.email,
      template: "identity.verify_email",
      rendered: verifyEmailMail({
        locale: mailLocaleOf(user.locale),
        name: user.name,
        tenantName: tenant.name,
        link: linkTo(options.appUrl, `/potwierdz-email/${token}`),
        validHours: VERIFY_EMAIL_TOKEN_TTL_MS / 3_600_000,
      }),
    });
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.verification_resent",
    });
  });
}
