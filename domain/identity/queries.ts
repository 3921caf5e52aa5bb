import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "~/platform/db/client.server";
import { sessions, staffRoles, users } from "~/platform/db/schema/identity";
import { AppError } from "~/platform/errors/app-error";
import { type AccountFacts, isReauthFresh } from "./policy";

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row ?? null;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Whether a person holds a staff role in the tenant (staff must use the second factor there). */
export async function isStaffIn(db: DbOrTx, userId: string, tenantId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: staffRoles.id })
    .from(staffRoles)
    .where(and(eq(staffRoles.userId, userId), eq(staffRoles.tenantId, tenantId)))
    .limit(1);
  return row !== undefined;
}

/** Whether a person holds a staff role in any tenant (then 2FA cannot be switched off). */
export async function isStaffAnywhere(db: DbOrTx, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: staffRoles.id })
    .from(staffRoles)
    .where(eq(staffRoles.userId, userId))
    .limit(1);
  return row !== undefined;
}

export type SessionRow = typeof sessions.$inferSelect;

/** The session row of a person (both must match, so one person cannot touch another's session). */
export async function findSession(db: DbOrTx, idHash: string, userId: string): Promise<SessionRow | null> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), eq(sessions.userId, userId)))
    .limit(1);
  return row ?? null;
}

/**
 * Loads the facts the account policy decides on, from the database rather than from what the
 * caller believes. A session that does not belong to the person is UNAUTHENTICATED.
 */
export async function loadAccountFacts(
  db: DbOrTx,
  options: { userId: string; sessionIdHash: string; tenantId: string; now: Date },
): Promise<{ facts: AccountFacts; user: UserRow; session: SessionRow }> {
  const session = await findSession(db, options.sessionIdHash, options.userId);
  const user = await findUserById(db, options.userId);
  if (!session || !user || session.expiresAt <= options.now) {
    throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  }
  const facts: AccountFacts = {
    reauthFresh: isReauthFresh(session.reauthenticatedAt, options.now),
    secondFactorPassed: session.secondFactorAt !== null,
    isStaff: await isStaffIn(db, user.id, options.tenantId),
    totpEnabled: user.totpEnabledAt !== null,
  };
  return { facts, user, session };
}
