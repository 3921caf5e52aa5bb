import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../../../platform/audit/write-audit.server";
import { fixedClock } from "../../../platform/clock/clock";
import type { Db } from "../../../platform/db/client.server";
import { auditLog } from "../../../platform/db/schema/audit";
import { users } from "../../../platform/db/schema/identity";
import { mailOutbox } from "../../../platform/db/schema/mail";
import { organizations } from "../../../platform/db/schema/organizations";
import { tenants } from "../../../platform/db/schema/tenancy";
import { type AppErrorCode, isAppError } from "../../../platform/errors/app-error";
import { makeKrs, makeNip, makePlIban, makeRegon9 } from "../../../platform/validation/identifiers";
import { registerOrganization } from "../register-organization";
import type { OrganizationProfileInput } from "../schemas";
import type { OrganizationStatus } from "../states";

/** Test factories for the NGO base: real rows through the real use cases, never mocks. */

export const TEST_APP_URL = "https://pozytek.test";
export const testClock = () => fixedClock("2026-03-02T09:00:00Z");

let sequence = Math.floor(Math.random() * 1_000_000);
const next = () => ++sequence;

export async function createTestTenant(db: Db, overrides: Partial<typeof tenants.$inferInsert> = {}) {
  const n = next();
  const [tenant] = await db
    .insert(tenants)
    .values({ slug: `gmina-${n}`, name: `Gmina Testowa ${n}`, teryt: "2464011", ...overrides })
    .returning();
  if (!tenant) throw new Error("tenant not created");
  return tenant;
}

export async function createTestUser(db: Db, overrides: Partial<typeof users.$inferInsert> = {}) {
  const n = next();
  const [user] = await db
    .insert(users)
    .values({
      email: `osoba${n}-${randomUUID().slice(0, 8)}@example.pl`,
      name: `Osoba ${n}`,
      passwordHash: "x",
      ...overrides,
    })
    .returning();
  if (!user) throw new Error("user not created");
  return user;
}

export function actorOf(user: { id: string; email: string }): Actor {
  return { userId: user.id, label: user.email, ip: "127.0.0.1" };
}

/** A valid profile with identifiers computed to pass the checks; override any field. */
export function buildOrganizationProfile(
  overrides: Partial<OrganizationProfileInput> = {},
): OrganizationProfileInput {
  const n = next();
  return {
    name: `Stowarzyszenie Testowe nr ${n}`,
    legalForm: "registered_association",
    krs: makeKrs(100_000 + n),
    nip: makeNip(573_000_000 + n * 7),
    regon: makeRegon9(24_000_000 + n),
    street: "ul. Jasnogórska 1",
    postalCode: "42-200",
    city: "Częstochowa",
    district: "Śródmieście",
    email: `biuro${n}@example.pl`,
    iban: makePlIban("10901014", n),
    areas: ["culture"],
    opp: false,
    representatives: [{ name: "Jan Kowalski", function: "Prezes zarządu" }],
    description: "Organizacja testowa.",
    ...overrides,
  };
}

/** Registers an organisation through the use case, then sets the status the test needs. */
export async function createTestOrganization(
  db: Db,
  options: {
    tenantId: string;
    owner: { id: string; email: string };
    status?: OrganizationStatus;
    profile?: Partial<OrganizationProfileInput>;
  },
) {
  const { organizationId } = await registerOrganization({
    db,
    tenantId: options.tenantId,
    actor: actorOf(options.owner),
    clock: testClock(),
    appUrl: TEST_APP_URL,
    profile: buildOrganizationProfile(options.profile),
  });
  if (options.status && options.status !== "pending") {
    await db
      .update(organizations)
      .set({ status: options.status })
      .where(eq(organizations.id, organizationId));
  }
  return organizationId;
}

/** Awaits a promise that must fail with an AppError of this code (and message key, if given). */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode, messageKey?: string) {
  const error = await promise.then(
    () => {
      throw new Error(`expected AppError ${code}, got success`);
    },
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw error;
  if (error.code !== code || (messageKey && error.messageKey !== messageKey)) {
    throw new Error(`expected AppError ${code} ${messageKey ?? ""}, got ${error.code} ${error.messageKey}`);
  }
  return error;
}

/** Audit lines of one organisation, oldest first. */
export async function auditOf(db: Db, organizationId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "organization"), eq(auditLog.entityId, organizationId)))
    .orderBy(asc(auditLog.id));
}

/** Mail in the outbox for one address, oldest first. */
export async function mailTo(db: Db, to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(asc(mailOutbox.createdAt));
}
