import { randomUUID } from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { RouterContextProvider } from "react-router";
import { seedDemoIfEmpty } from "~/demo/seed-demo.server";
import { attachTestFile } from "~/domain/offers/testing/factories";
import type { StaffRole } from "~/platform/auth/session.server";
import { systemClock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import { competitions } from "~/platform/db/schema/competitions";
import { storedFileBlobs } from "~/platform/db/schema/files";
import { staffRoles, users } from "~/platform/db/schema/identity";
import { offerAttachments, offers, offerVersions } from "~/platform/db/schema/offers";
import { organizations } from "~/platform/db/schema/organizations";
import { departments, tenants } from "~/platform/db/schema/tenancy";
import { loadEnv } from "~/platform/env/env.server";
import { createLogger } from "~/platform/logging/logger.server";
import { enqueueMail } from "~/platform/mail/enqueue-mail.server";
import type { Services } from "~/platform/services.server";
import {
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  viewerContext,
} from "../contexts";

/*
 * The world of the authorization matrix: the demo municipality (its accounts, organisations,
 * competitions and offers), one more officer in another department, and the ids each route's
 * parameters are filled with. Organisation A is Fundacja Oczami Brata (ngo@), B is AGAPE
 * (ngo-redaktor@), department X is WPS (urzednik@), Y is WKPS (a second officer made here).
 */

export const ROLES = [
  "visitor",
  "memberA",
  "memberB",
  "officerX",
  "officerY",
  "coordinator",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

const EMAILS: Record<Exclude<Role, "visitor" | "officerY">, string> = {
  memberA: "ngo@demo.pozytek.pl",
  memberB: "ngo-redaktor@demo.pozytek.pl",
  officerX: "urzednik@demo.pozytek.pl",
  coordinator: "koordynator@demo.pozytek.pl",
  admin: "admin@demo.pozytek.pl",
};

export interface MatrixIds {
  orgA: string;
  competitionX: string;
  /** A draft offer of organisation A in a competition of department X. */
  offerA: string;
  attachmentA: string;
  /** An offer of another organisation, submitted in a competition of department X. */
  submittedX: string;
  outboxId: string;
  newsId: string;
  eventId: string;
}

export async function createMatrixWorld(db: Db) {
  const env = loadEnv({ APP_MODE: "demo", LOG_LEVEL: "silent" });
  const services = {
    env,
    db,
    database: null,
    clock: systemClock,
    logger: createLogger("silent"),
    signingSecret: "x".repeat(32),
  } as unknown as Services;
  await seedDemoIfEmpty(services);
  const [tenant] = await db.select().from(tenants).limit(1);
  if (!tenant) throw new Error("no demo tenant");
  const [wkps] = await db.select().from(departments).where(eq(departments.code, "WKPS"));
  const [wps] = await db.select().from(departments).where(eq(departments.code, "WPS"));
  if (!wkps || !wps) throw new Error("no demo departments");
  const [officerY] = await db
    .insert(users)
    .values({ email: "urzednik-y@demo.pozytek.pl", name: "Urzędnik Y", passwordHash: "x" })
    .returning();
  if (!officerY) throw new Error("officer Y not created");
  await db
    .insert(staffRoles)
    .values({ tenantId: tenant.id, userId: officerY.id, role: "officer", departmentId: wkps.id });

  const people = new Map<
    Role,
    { id: string; email: string; name: string; staff: { role: StaffRole; departmentId: string | null }[] }
  >();
  for (const [role, email] of Object.entries(EMAILS) as [Role, string][]) {
    const [u] = await db.select().from(users).where(eq(users.email, email));
    if (!u) throw new Error(`no demo account ${email}`);
    const roles = await db.select().from(staffRoles).where(eq(staffRoles.userId, u.id));
    people.set(role, {
      id: u.id,
      email,
      name: u.name,
      staff: roles.map((r) => ({ role: r.role, departmentId: r.departmentId })),
    });
  }
  people.set("officerY", {
    id: officerY.id,
    email: officerY.email,
    name: officerY.name,
    staff: [{ role: "officer", departmentId: wkps.id }],
  });

  const [orgA] = await db.select().from(organizations).where(eq(organizations.name, "Fundacja Oczami Brata"));
  if (!orgA) throw new Error("no organisation A");
  const [competitionX] = await db
    .select()
    .from(competitions)
    .where(and(eq(competitions.departmentId, wps.id), eq(competitions.status, "published")))
    .limit(1);
  if (!competitionX) throw new Error("no published competition of department X");
  const [offerA] = await db.select().from(offers).where(eq(offers.organizationId, orgA.id)).limit(1);
  if (!offerA) throw new Error("no demo offer of organisation A");
  const [submittedX] = await db
    .select({ id: offers.id })
    .from(offers)
    .innerJoin(competitions, eq(competitions.id, offers.competitionId))
    .innerJoin(offerVersions, eq(offerVersions.offerId, offers.id))
    .where(and(eq(competitions.departmentId, wps.id), ne(offers.organizationId, orgA.id)))
    .limit(1);
  if (!submittedX) throw new Error("no submitted demo offer in department X");
  const fileId = await attachTestFile(db, offerA.id);
  await db.insert(storedFileBlobs).values({ fileId, data: Buffer.from("%PDF-1.4 plik") });
  const [attached] = await db.select().from(offerAttachments).where(eq(offerAttachments.fileId, fileId));
  if (!attached) throw new Error("attachment not stored");
  const attachmentA = attached.id;
  const outboxId = await enqueueMail(db, {
    tenantId: tenant.id,
    to: "ktos@example.org",
    template: "test",
    rendered: { subject: "Test", text: "Test", html: "<p>Test</p>" },
  });
  const newsId = await firstId(db, "select id from news where status = 'published' limit 1");
  const eventId = await firstId(db, "select id from events limit 1");
  const ids: MatrixIds = {
    orgA: orgA.id,
    competitionX: competitionX.id,
    offerA: offerA.id,
    attachmentA,
    submittedX: submittedX.id,
    outboxId,
    newsId,
    eventId,
  };
  return { services, tenant, people, ids };
}

/** The first id a query returns, or a fresh uuid when the table is empty or not there yet. */
async function firstId(db: Db, query: string): Promise<string> {
  try {
    const result = await db.execute(sql.raw(query));
    const rows = (
      Array.isArray(result) ? result : (result as unknown as { rows: { id: string }[] }).rows
    ) as {
      id: string;
    }[];
    return rows[0]?.id ?? randomUUID();
  } catch {
    return randomUUID();
  }
}

export type MatrixWorld = Awaited<ReturnType<typeof createMatrixWorld>>;

/** The request context the root middleware would have built for this role. */
export function contextAs(world: MatrixWorld, role: Role) {
  const ctx = new RouterContextProvider();
  ctx.set(servicesContext, world.services);
  ctx.set(tenantContext, world.tenant as never);
  ctx.set(preferencesContext, { locale: "pl", fontScale: "normal", highContrast: false });
  ctx.set(requestInfoContext, {
    requestId: "m",
    ip: "127.0.0.1",
    userAgent: null,
    csrfSeed: "",
    csrfToken: "",
  });
  const person = role === "visitor" ? null : world.people.get(role);
  const user = person
    ? {
        id: person.id,
        email: person.email,
        name: person.name,
        emailVerified: true,
        totpEnabled: person.staff.length > 0,
        locale: "pl",
      }
    : null;
  ctx.set(viewerContext, {
    user,
    session: user
      ? ({ idHash: "m", user, expiresAt: new Date("2099-01-01"), staffRoles: person?.staff ?? [] } as never)
      : null,
    sessionToken: user ? "m" : null,
    staffRoles: person?.staff ?? [],
    pendingSecondFactor: false,
  });
  return ctx;
}
