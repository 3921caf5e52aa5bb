import { lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.server";
import { rateLimits } from "../db/schema/identity";
import { AppError } from "../errors/app-error";
import { RATE_LIMIT_RETENTION_MS, type RateLimitRule } from "./rules";
import { hashToken } from "./tokens.server";

/** One in this many hits also deletes expired windows, so the table stays small without a job. */
const PRUNE_EVERY = 50;

export interface RateLimitResult {
  allowed: boolean;
  hits: number;
  /** Whole minutes until the window ends (at least 1); what the person is told to wait. */
  retryAfterMinutes: number;
}

/**
 * Adds one hit to a counter row and returns the new count. One upsert statement, so concurrent
 * requests in any number of processes count correctly on PostgreSQL and on PGlite.
 */
export async function incrementCounter(db: DbOrTx, bucket: string, windowStart: Date): Promise<number> {
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.bucket, rateLimits.windowStart],
      set: { hits: sql`${rateLimits.hits} + 1` },
    })
    .returning({ hits: rateLimits.hits });
  if (!row) throw new Error("rate limit upsert returned nothing");
  return row.hits;
}

/**
 * Counts one attempt against a fixed-window limit. The key is hashed, so typed e-mail addresses
 * of strangers are not kept in the table.
 */
export async function hitRateLimit(
  db: DbOrTx,
  options: { rule: RateLimitRule; key: string; now: Date },
): Promise<RateLimitResult> {
  const { rule, now } = options;
  const start = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  const bucket = `${rule.name}:${hashToken(options.key).slice(0, 32)}`;
  const hits = await incrementCounter(db, bucket, new Date(start));
  if (Math.floor(Math.random() * PRUNE_EVERY) === 0) await pruneRateLimits(db, now);
  const retryAfterMinutes = Math.max(1, Math.ceil((start + rule.windowMs - now.getTime()) / 60_000));
  return { allowed: hits <= rule.max, hits, retryAfterMinutes };
}

/**
 * Counts one attempt against every given limit (all are counted, even after the first refusal)
 * and throws RATE_LIMITED with the longest wait when any is exceeded. Limits with a null key
 * (e.g. no known IP) are skipped.
 */
export async function enforceRateLimits(
  db: DbOrTx,
  now: Date,
  limits: { rule: RateLimitRule; key: string | null }[],
): Promise<void> {
  let wait = 0;
  for (const { rule, key } of limits) {
    if (key === null) continue;
    const result = await hitRateLimit(db, { rule, key, now });
    if (!result.allowed) wait = Math.max(wait, result.retryAfterMinutes);
  }
  if (wait > 0) {
    throw new AppError("RATE_LIMITED", `error.rateLimited|${JSON.stringify({ minutes: wait })}`, {
      details: { retryAfterMinutes: wait },
    });
  }
}

/** Deletes windows that ended long ago. */
export async function pruneRateLimits(db: DbOrTx, now: Date): Promise<void> {
  await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS)));
}
