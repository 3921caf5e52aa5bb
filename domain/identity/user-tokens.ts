import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { hashToken, randomToken } from "~/platform/auth/tokens.server";
import type { DbOrTx } from "~/platform/db/client.server";
import { userTokens } from "~/platform/db/schema/identity";
import { AppError } from "~/platform/errors/app-error";

export type UserTokenKind = (typeof userTokens.$inferSelect)["kind"];
export type UserToken = typeof userTokens.$inferSelect;

/** Tokens from URLs longer than this are not ours; they are refused without a lookup. */
const MAX_TOKEN_LENGTH = 100;

/** Creates a single-use link token; returns the raw token for the link (only its hash is stored). */
export async function issueUserToken(
  db: DbOrTx,
  options: {
    kind: UserTokenKind;
    userId: string;
    ttlMs: number;
    now: Date;
    payload?: Record<string, string>;
  },
): Promise<string> {
  const token = randomToken();
  await db.insert(userTokens).values({
    tokenHash: hashToken(token),
    kind: options.kind,
    userId: options.userId,
    payload: options.payload ?? {},
    createdAt: options.now,
    expiresAt: new Date(options.now.getTime() + options.ttlMs),
  });
  return token;
}

/** A token that can still be used (not used, not expired), or null. Reads only. */
export async function findUsableToken(
  db: DbOrTx,
  options: { kinds: UserTokenKind[]; token: string; now: Date },
): Promise<UserToken | null> {
  if (!options.token || options.token.length > MAX_TOKEN_LENGTH) return null;
  const [row] = await db
    .select()
    .from(userTokens)
    .where(
      and(
        eq(userTokens.tokenHash, hashToken(options.token)),
        inArray(userTokens.kind, options.kinds),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, options.now),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * Uses a token up: one UPDATE that succeeds only while it is unused and unexpired, so two
 * requests racing with the same link cannot both pass. Unknown, used and expired tokens are GONE.
 */
export async function consumeUserToken(
  db: DbOrTx,
  options: { kinds: UserTokenKind[]; token: string; now: Date },
): Promise<UserToken> {
  if (!options.token || options.token.length > MAX_TOKEN_LENGTH) {
    throw new AppError("GONE", "identity.token.gone");
  }
  const [row] = await db
    .update(userTokens)
    .set({ usedAt: options.now })
    .where(
      and(
        eq(userTokens.tokenHash, hashToken(options.token)),
        inArray(userTokens.kind, options.kinds),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, options.now),
      ),
    )
    .returning();
  if (!row) throw new AppError("GONE", "identity.token.gone");
  return row;
}

/** Marks every open token of a kind for a person as used (e.g. older reset links after a reset). */
export async function retireUserTokens(
  db: DbOrTx,
  options: { kind: UserTokenKind; userId: string; now: Date },
): Promise<void> {
  await db
    .update(userTokens)
    .set({ usedAt: options.now })
    .where(
      and(
        eq(userTokens.userId, options.userId),
        eq(userTokens.kind, options.kind),
        isNull(userTokens.usedAt),
      ),
    );
}
