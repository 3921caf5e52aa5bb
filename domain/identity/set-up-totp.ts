import { and, eq, isNull } from "drizzle-orm";
import { writeAudit } from "~/platform/audit/write-audit.server";
import { generateTotpSecret, totpUri } from "~/platform/auth/totp.server";
import { users } from "~/platform/db/schema/identity";
import { AppError } from "~/platform/errors/app-error";
import type { IdentityDeps, SessionRef, TenantRef } from "./deps";
import { assertAllowed } from "./policy";
import { findUserById, loadAccountFacts } from "./queries";

/** The otpauth:// URI for a person's authenticator app, named after the platform and the municipality. */
export function totpUriFor(tenant: TenantRef, email: string, secret: string): string {
  return totpUri({ secret, accountName: email, issuer: `Pożytek – ${tenant.name}` });
}

/**
 * First step of switching on the second factor for a staff member who has none yet: a secret is
 * generated and kept on the account (not active until confirmed with a code). Asking again shows
 * the same secret, so reloading the page does not break an app that has already scanned it.
 */
export async function setUpTotp(
  options: IdentityDeps & SessionRef,
): Promise<{ secret: string; uri: string }> {
  const { db, tenant } = options;
  const now = options.clock.now();
  const { facts, user } = await loadAccountFacts(db, { ...options, tenantId: tenant.id, now });
  assertAllowed("setUpTotp", facts);
  if (user.totpSecret)
    return { secret: user.totpSecret, uri: totpUriFor(tenant, user.email, user.totpSecret) };
  const candidate = generateTotpSecret();
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ totpSecret: candidate, updatedAt: now })
      .where(and(eq(users.id, user.id), isNull(users.totpSecret), isNull(users.totpEnabledAt)))
      .returning({ id: users.id });
    if (updated.length === 0) return;
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: options.actor,
      entityType: "user",
      entityId: user.id,
      action: "user.totp_setup_started",
    });
  });
  // A concurrent request may have stored its secret first; everyone shows the stored one.
  const stored = (await findUserById(db, user.id))?.totpSecret;
  if (!stored) throw new AppError("CONFLICT", "identity.totp.alreadyEnabled");
  return { secret: stored, uri: totpUriFor(tenant, user.email, stored) };
}
