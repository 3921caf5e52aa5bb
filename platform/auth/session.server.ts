import { and, eq, gt, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.server";
import { preparedFor } from "../db/prepared.server";
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

/**
 * Reads the session of a cookie token with the person and their staff roles in this tenant, in one
 * query (it runs on every request). Reading never writes: the expiry is fixed at sign-in.
 */
export async function loadSession(
  db: Db,
  token: string | undefined,
  tenantId: string,
  now: Date,
): Promise<LoadedSession | null> {
  if (!token || token.length > 100) return null;
  const idHash = hashToken(token);
  const [row] = await preparedFor(db, "loadSession", (d, name) =>
    d
      .select({
        expiresAt: sessions.expiresAt,
        secondFactorAt: sessions.secondFactorAt,
        reauthenticatedAt: sessions.reauthenticatedAt,
        userId: users.id,
        email: users.email,
        name: users.name,
        emailVerifiedAt: users.emailVerifiedAt,
        totpEnabledAt: users.totpEnabledAt,
        locale: users.locale,
        roles: sql<unknown>`coalesce((
        select json_agg(json_build_object('role', ${staffRoles.role}, 'departmentId', ${staffRoles.departmentId}))
        from ${staffRoles}
        where ${staffRoles.userId} = ${users.id} and ${staffRoles.tenantId} = ${sql.placeholder("tenantId")}
      ), '[]'::json)`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(eq(sessions.idHash, sql.placeholder("idHash")), gt(sessions.expiresAt, sql.placeholder("now"))),
      )
      .limit(1)
      .prepare(name),
  ).execute({ idHash, tenantId, now });
  if (!row) return null;
  return {
    idHash,
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      emailVerified: row.emailVerifiedAt !== null,
      totpEnabled: row.totpEnabledAt !== null,
      locale: row.locale,
    },
    expiresAt: row.expiresAt,
    secondFactorAt: row.secondFactorAt,
    reauthenticatedAt: row.reauthenticatedAt,
    staffRoles: parseRoles(row.roles),
  };
}

/** The staff roles as json_agg gives them (a string when a driver leaves json unparsed). */
function parseRoles(value: unknown): LoadedSession["staffRoles"] {
  const list = typeof value === "string" ? JSON.parse(value) : value;
  if (!Array.isArray(list)) return [];
  return list.map((r: { role: StaffRole; departmentId: string | null }) => ({
    role: r.role,
    departmentId: r.departmentId ?? null,
  }));
}

export async function destroySession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

/** Ends every session of a person (after a password reset or change), optionally keeping one. */
export async function destroyUserSessions(db: DbOrTx, userId: string, keepIdHash?: string): Promise<void> {
  const others = keepIdHash ? ne(sessions.idHash, keepIdHash) : undefined;
  await db.delete(sessions).where(and(eq(sessions.userId, userId), others));
}
