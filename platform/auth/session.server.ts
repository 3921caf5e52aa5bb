import { and, eq, gt, ne } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.server";
import { sessions, staffRoles, users } from "../db/schema/identity";
import { MEMBER_SESSION_TTL_MS, STAFF_SESSION_TTL_MS } from "./rules";
import { hashToken, randomToken } from "./tokens.server";

export const SESSION_COOKIE = "pz_session";

export type StaffRole = "admin" | "coordinator" | "officer";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  totpEnabled: boolean;
  locale: string;
}

export interface LoadedSession {
  idHash: string;
  user: SessionUser;
  expiresAt: Date;
  secondFactorAt: Date | null;
  reauthenticatedAt: Date | null;
  /** Staff roles the person holds in the request's tenant, whether or not 2FA was passed yet. */
  staffRoles: { role: StaffRole; departmentId: string | null }[];
}

/** Creates a session row and returns the raw token for the cookie (only its hash is stored). */
export async function createSession(
  db: DbOrTx,
  options: { userId: string; isStaff: boolean; now: Date; ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const ttl = options.isStaff ? STAFF_SESSION_TTL_MS : MEMBER_SESSION_TTL_MS;
  const expiresAt = new Date(options.now.getTime() + ttl);
  await db.insert(sessions).values({
    idHash: hashToken(token),
    userId: options.userId,
    csrfSecret: randomToken(16),
    createdAt: options.now,
    expiresAt,
    ip: options.ip,
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/** Reads the session of a cookie token with the person and their staff roles in this tenant. */
export async function loadSession(
  db: Db,
  token: string | undefined,
  tenantId: string,
  now: Date,
): Promise<LoadedSession | null> {
  if (!token || token.length > 100) return null;
  const idHash = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  const roles = await db
    .select({ role: staffRoles.role, departmentId: staffRoles.departmentId })
    .from(staffRoles)
    .where(and(eq(staffRoles.userId, row.user.id), eq(staffRoles.tenantId, tenantId)));
  return {
    idHash,
    user: {
      id: row.user.id,
      email: row.user.email,
      name: row.user.name,
      emailVerified: row.user.emailVerifiedAt !== null,
      totpEnabled: row.user.totpEnabledAt !== null,
      locale: row.user.locale,
    },
    expiresAt: row.session.expiresAt,
    secondFactorAt: row.session.secondFactorAt,
    reauthenticatedAt: row.session.reauthenticatedAt,
    staffRoles: roles,
  };
}

export async function destroySession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

/** Ends every session of a person (after a password reset or change), optionally keeping one. */
export async function destroyUserSessions(db: DbOrTx, userId: string, keepIdHash?: string): Promise<void> {
  const others = keepIdHash ? ne(sessions.idHash, keepIdHash) : undefined;
  await db.delete(sessions).where(and(eq(sessions.userId, userId), others));
}
