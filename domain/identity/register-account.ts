import { writeAudit } from "~/platform/audit/write-audit.server";
import { hashPassword } from "~/platform/auth/password.server";
import { enforceRateLimits } from "~/platform/auth/rate-limit.server";
import { REGISTER_LIMIT_PER_IP, VERIFY_EMAIL_TOKEN_TTL_MS } from "~/platform/auth/rules";
import { users } from "~/platform/db/schema/identity";
import { AppError } from "~/platform/errors/app-error";
import { enqueueMail } from "~/platform/mail/enqueue-mail.server";
import type { MailLocale } from "~/platform/mail/templates/types";
import { actorFor, type IdentityDeps, linkTo, normaliseEmail } from "./deps";
import { verifyEmailMail } from "./mail/verify-email";
import { issueUserToken } from "./user-tokens";

export interface RegisterAccountOptions extends IdentityDeps {
  name: string;
  email: string;
  password: string;
  locale: MailLocale;
  appUrl: string;
}

/**
 * Creates an account and mails the link that confirms its address. A taken address is a
 * CONFLICT on the e-mail field (the only place that tells whether an address has an account).
 */
export async function registerAccount(options: RegisterAccountOptions): Promise<{ userId: string }> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const email = normaliseEmail(options.email);
  const name = options.name.trim();
  await enforceRateLimits(db, now, [{ rule: REGISTER_LIMIT_PER_IP, key: options.actor.ip }]);
  const passwordHash = await hashPassword(options.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name, passwordHash, locale: options.locale, createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!user) {
      throw new AppError("CONFLICT", "identity.email.taken", {
        fieldErrors: { email: ["identity.email.taken"] },
      });
    }
    const token = await issueUserToken(tx, {
      kind: "verify_email",
      userId: user.id,
      ttlMs: VERIFY_EMAIL_TOKEN_TTL_MS,
      now,
      payload: { email },
    });
    await enqueueMail(tx, {
      tenantId: tenant.id,
      to: email,
      template: "identity.verify_email",
      rendered: verifyEmailMail({
        locale: options.locale,
        name,
        tenantName: tenant.name,
        link: linkTo(options.appUrl, `/potwierdz-email/${token}`),
        validHours: VERIFY_EMAIL_TOKEN_TTL_MS / 3_600_000,
      }),
    });
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: actorFor(user, options.actor.ip),
      entityType: "user",
      entityId: user.id,
      action: "user.registered",
      after: { email, name, locale: options.locale },
    });
    return { userId: user.id };
  });
}
