import { and, eq, isNull } from "drizzle-orm";
import type { Actor } from "~/platform/audit/write-audit.server";
import { writeAudit } from "~/platform/audit/write-audit.server";
import type { DbOrTx } from "~/platform/db/client.server";
import { users } from "~/platform/db/schema/identity";
import { AppError } from "~/platform/errors/app-error";
import { enqueueMail } from "~/platform/mail/enqueue-mail.server";
import type { IdentityDeps, TenantRef } from "./deps";
import { accountChangedMail } from "./mail/account-changed";
import { mailLocaleOf } from "./mail/layout";
import { findUserByEmail, findUserById, type UserRow } from "./queries";
import { consumeUserToken, findUsableToken, retireUserTokens, type UserToken } from "./user-tokens";

export type VerifiedKind = "verify_email" | "change_email";

/** Whether a link from a confirmation mail can still be used (for the page that shows its button). */
export async function isEmailTokenUsable(db: DbOrTx, token: string, now: Date): Promise<boolean> {
  return (await findUsableToken(db, { kinds: ["verify_email", "change_email"], token, now })) !== null;
}

/**
 * Confirms an address from a mailed link: the address of a new account, or the new address of an
 * e-mail change (then the account switches to it and the old address gets a notice). Single use;
 * an unknown, used or expired link, or one for an address the account no longer has, is GONE.
 */
export async function verifyEmail(
  options: IdentityDeps & { token: string },
): Promise<{ kind: VerifiedKind }> {
  const now = options.clock.now();
  return options.db.transaction(async (tx) => {
    const row = await consumeUserToken(tx, {
      kinds: ["verify_email", "change_email"],
      token: options.token,
      now,
    });
    const user = await findUserById(tx, row.userId);
    if (!user) throw new AppError("GONE", "identity.token.gone");
    if (row.kind === "change_email") {
      await switchEmail(tx, { row, user, now, tenant: options.tenant, actor: options.actor });
      return { kind: "change_email" as const };
    }
    if (row.payload.email !== user.email) throw new AppError("GONE", "identity.token.gone");
    if (!user.emailVerifiedAt) {
      await tx
        .update(users)
        .set({ emailVerifiedAt: now, updatedAt: now })
        .where(and(eq(users.id, user.id), isNull(users.emailVerifiedAt)));
      await writeAudit(tx, {
        tenantId: options.tenant.id,
        actor: options.actor,
        entityType: "user",
        entityId: user.id,
        action: "user.email_verified",
        after: { email: user.email },
      });
    }
    return { kind: "verify_email" as const };
  });
}

async function switchEmail(
  tx: DbOrTx,
  o: { row: UserToken; user: UserRow; now: Date; tenant: TenantRef; actor: Actor },
): Promise<void> {
  const newEmail = o.row.payload.email;
  if (!newEmail) throw new AppError("GONE", "identity.token.gone");
  if (await findUserByEmail(tx, newEmail)) {
    throw new AppError("CONFLICT", "identity.email.taken", {
      fieldErrors: { email: ["identity.email.taken"] },
    });
  }
  await tx
    .update(users)
    .set({ email: newEmail, emailVerifiedAt: o.now, updatedAt: o.now })
    .where(eq(users.id, o.user.id));
  await retireUserTokens(tx, { kind: "change_email", userId: o.user.id, now: o.now });
  await retireUserTokens(tx, { kind: "verify_email", userId: o.user.id, now: o.now });
  await enqueueMail(tx, {
    tenantId: o.tenant.id,
    to: o.user.email,
    template: "identity.account_changed",
    rendered: accountChangedMail({
      locale: mailLocaleOf(o.user.locale),
      name: o.user.name,
      tenantName: o.tenant.name,
      change: "email",
      newEmail,
    }),
  });
  await writeAudit(tx, {
    tenantId: o.tenant.id,
    actor: o.actor,
    entityType: "user",
    entityId: o.user.id,
    action: "user.email_changed",
    before: { email: o.user.email },
    after: { email: newEmail },
  });
}
