import { eq } from "drizzle-orm";
import { SYSTEM_ACTOR } from "~/platform/audit/write-audit.server";
import { hashPassword } from "~/platform/auth/password.server";
import { createSession, type StaffRole } from "~/platform/auth/session.server";
import { hashToken, randomToken } from "~/platform/auth/tokens.server";
import type { Clock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import { staffRoles, users } from "~/platform/db/schema/identity";
import { mailOutbox } from "~/platform/db/schema/mail";
import { tenants } from "~/platform/db/schema/tenancy";
import { type AppError, isAppError } from "~/platform/errors/app-error";
import type { IdentityDeps } from "./deps";

/** Test data for identity use cases; hashes are computed once per password. */
export const TEST_PASSWORD = "correct horse battery staple";
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export async function buildTenant(db: Db, overrides: Partial<typeof tenants.$inferInsert> = {}) {
  const slug = overrides.slug ?? `t-${randomToken(6).toLowerCase()}`;
  const [tenant] = await db
    .insert(tenants)
    .values({ slug, name: "Gmina Testowa", teryt: "2464011", ...overrides })
    .returning();
  return tenant!;
}

export async function buildUser(
  db: Db,
  overrides: Partial<typeof users.$inferInsert> & { password?: string } = {},
) {
  const { password = TEST_PASSWORD, ...rest } = overrides;
  const [user] = await db
    .insert(users)
    .values({
      email: `osoba-${randomToken(6).toLowerCase()}@example.pl`,
      name: "Ala Testowa",
      passwordHash: await hashOnce(password),
      emailVerifiedAt: new Date("2026-01-01T00:00:00Z"),
      ...rest,
    })
    .returning();
  return user!;
}

export async function grantStaffRole(db: Db, o: { tenantId: string; userId: string; role?: StaffRole }) {
  await db
    .insert(staffRoles)
    .values({ tenantId: o.tenantId, userId: o.userId, role: o.role ?? "coordinator" });
}

/** A session as logging in would create it, with its id hash for the use cases. */
export async function buildSession(db: Db, o: { userId: string; now: Date; isStaff?: boolean }) {
  const { token } = await createSession(db, {
    userId: o.userId,
    isStaff: o.isStaff ?? false,
    now: o.now,
    ip: "192.0.2.1",
    userAgent: "vitest",
  });
  return { token, idHash: hashToken(token) };
}

/** The dependencies of a use case called by an anonymous visitor from an IP. */
export function depsFor(
  db: Db,
  tenant: { id: string; name: string },
  clock: Clock,
  ip: string | null = "192.0.2.1",
): IdentityDeps {
  return { db, clock, tenant, actor: { ...SYSTEM_ACTOR, label: "anonymous", ip } };
}

export async function mailsTo(db: Db, to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
}

/** The token in the first link of a mail's text to the given path. */
export function tokenFromMail(text: string, path: string): string {
  const match = text.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in mail`);
  return match[1];
}

/** The AppError a promise rejects with (fails the test when it resolves or throws something else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected an AppError, the call succeeded");
}
