import { writeAudit } from "~/platform/audit/write-audit.server";
import { enforceRateLimits } from "~/platform/auth/rate-limit.server";
import { ACCOUNT_MAIL_LIMIT_PER_ACCOUNT, VERIFY_EMAIL_TOKEN_TTL_MS } from "~/platform/auth/rules";
import { AppError } from "~/platform/errors/app-error";
import { enqueueMail } from "~/platform/mail/enqueue-mail.server";
import { type IdentityDeps, linkTo, normaliseEmail, type SessionRef } from "./deps";
import { changeEmailMail } from "./mail/change-email";
import { mailLocaleOf } from "./mail/layout";
import { assertAllowed } from "./policy";
import { findUserByEmail, loadAccountFacts } from "./queries";
import { issueUserToken } from "./user-tokens";

/**
 * Asks to move the account to a new address, after a fresh re-authentication: a link goes to the
 * new address and the switch happens when it is opened (verify-email.ts). Whether the new address
 * already has an account is not told here; then no link is sent and nothing changes.
 */
export async function changeEmail(
  options: IdentityDeps & SessionRef & { email: string; appUrl: string },
): Promise<void> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const { facts, user } = await loadAccountFacts(db, { ...options, tenantId: tenant.id, now });
  assertAllowed("changeEmail", facts);
  const email = normaliseEmail(options.email);
  if (email === user.email) {
    throw new AppError("VALIDATION", "identity.email.same", {
      fieldErrors: { email: ["identity.email.same"] },
    });
  }
  await enforceRateLimits(db, now, [{ rule: ACCOUNT_MAIL_LIMIT_PER_ACCOUNT, key: user.id }]);
  const taken = (await findUserByEmail(db, email)) !== null;
  await db.transaction(async (tx) => {
    if (!taken) {
      const token = await issueUserToken(tx, {
        kind: "change_email",
        userId: user.id,
        ttlMs: VERIFY_EMAIL_TOKEN_TTL_MS,
        now,
        payload: { email },
      });
      await enqueueMail(tx, {
        tenantId: tenant.id,
        to: email,
        template: "identity.change_email",
        rendered: changeEmailMail({
          locale: mailLocaleOf(user.locale),
          name: user.name,
          tenantName: tenant.name,
          link: linkTo(options.appUrl, `/potwierdz-email/${token}`),
          validHours: VERIFY_EMAIL_TOKEN_TTL_MS / 3_600_000,
        }),
      });
    }
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.email_change_requested",
      after: { email, linkSent: !taken },
    });
  });
}
