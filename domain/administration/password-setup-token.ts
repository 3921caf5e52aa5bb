import { hashToken, randomToken } from "../../platform/auth/tokens.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { userTokens } from "../../platform/db/schema/identity";

/**
 * Issues a single-use "reset_password" token (only its hash is stored) and returns the raw token for
 * the link. The identity pages consume it at /reset-hasla/<token>; `purpose` tells them (and the
 * audit log) why it was issued.
 */
export async function issuePasswordSetupToken(
  db: DbOrTx,
  options: { userId: string; now: Date; ttlMs: number; purpose: "staff-invitation" | "first-administrator" },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(options.now.getTime() + options.ttlMs);
  await db.insert(userTokens).values({
    tokenHash: hashToken(token),
    kind: "reset_password",
    userId: options.userId,
    payload: { purpose: options.purpose },
    expiresAt,
    createdAt: options.now,
  });
  return { token, expiresAt };
}

/** The address of the page where the token's owner sets a password. */
export function passwordSetupUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/reset-hasla/${token}`;
}
