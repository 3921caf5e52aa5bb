import { randomUUID } from "node:crypto";
import { and, eq, lt, ne, sql } from "drizzle-orm";
import { RouterContextProvider } from "react-router";
import { seedDemoIfEmpty } from "~/demo/seed-demo.server";
import { addCommitteeMember } from "~/domain/committee/add-committee-member";
import { signDeclaration } from "~/domain/committee/sign-declaration";
import { attachTestFile } from "~/domain/offers/testing/factories";
import type { StaffRole } from "~/platform/auth/session.server";
import { systemClock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import { competitions } from "~/platform/db/schema/competitions";
import { contractChangeRequests, contracts } from "~/platform/db/schema/contracts";
import { competitionResults } from "~/platform/db/schema/evaluation";
import { storedFileBlobs } from "~/platform/db/schema/files";
import { staffRoles, users } from "~/platform/db/schema/identity";
import { offerAttachments, offers, offerVersions } from "~/platform/db/schema/offers";
import { organizations } from "~/platform/db/schema/organizations";
import { reports } from "~/platform/db/schema/reports";
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
 * Two plain accounts sit on the committee of {evaluationY} (added by officer Y through the
 * committee's use cases): committeeUndeclared has not signed the declaration of no conflict of
 * interest, committeeDeclared has (and has no exclusions).
 */

export const ROLES = [
  "visitor",
  "memberA",
  "memberB",
  "officerX",
  "officerY",
  "coordinator",
  "admin",
  "committeeUndeclared",
  "committeeDeclared",
] as const;
export type Role = (typeof ROLES)[number];

const EMAILS: Record<
  Exclude<Role, "visitor" | "officerY" | "committeeUndeclared" | "committeeDeclared">,
  string
> = {
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
  /** A competition of department Y (WKPS) in evaluation, with submitted offers. */
  evaluationY: string;
  /** A submitted offer in evaluationY (not A's or B's). */
  evaluatedOfferY: string;
  /** A resolved competition (department WE, neither X nor Y). */
  resolvedCompetition: string;
  /** The offer of resolvedCompetition funded with less than it asked (its organisation has no accounts). */
  reducedOffer: string;
  /** A contract in progress for an offer of resolvedCompetition funded in full (no demo accounts). */
  contract: string;
  /** A report of that contract. */
  report: string;
  /** The demo's change request of that contract (approved: annex nr 1). */
  changeRequest: string;
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
  const [evaluationY] = await db
    .select()
    .from(competitions)
    .where(and(eq(competitions.departmentId, wkps.id), eq(competitions.status, "in_evaluation")))
    .limit(1);
  if (!evaluationY) throw new Error("no competition of department Y in evaluation");
  const [evaluatedOfferY] = await db
    .select({ id: offers.id })
    .from(offers)
    .where(and(eq(offers.competitionId, evaluationY.id), eq(offers.status, "submitted")))
    .limit(1);
  if (!evaluatedOfferY) throw new Error("no submitted offer in the competition in evaluation");
  for (const [role, declared] of [
    ["committeeUndeclared", false],
    ["committeeDeclared", true],
  ] as const)
    people.set(
      role,
      await committeeMember(db, { tenantId: tenant.id, competitionId: evaluationY.id, role, declared }),
    );
  const [resolved] = await db.select().from(competitions).where(eq(competitions.status, "resolved")).limit(1);
  if (!resolved) throw new Error("no resolved demo competition");
  const [reduced] = await db
    .select({ id: competitionResults.offerId })
    .from(competitionResults)
    .where(
      and(
        eq(competitionResults.competitionId, resolved.id),
        eq(competitionResults.status, "funded"),
        lt(competitionResults.awardedAmount, competitionResults.requestedAmount),
      ),
    )
    .limit(1);
  if (!reduced) throw new Error("no reduced offer in the resolved demo competition");
  const contract = await matrixContract(db, resolved.id);
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
    evaluationY: evaluationY.id,
    evaluatedOfferY: evaluatedOfferY.id,
    resolvedCompetition: resolved.id,
    reducedOffer: reduced.id,
    contract: contract.contractId,
    report: contract.reportId,
    changeRequest: contract.changeRequestId,
  };
  return { services, tenant, people, ids };
}

/**
 * A plain account made a member of the committee of a competition of department Y by its officer
 * (through the committee's use cases), with the declaration signed or not.
 */
async function committeeMember(
  db: Db,
  options: { tenantId: string; competitionId: string; role: Role; declared: boolean },
) {
  const email = `${options.role.toLowerCase()}@komisja.demo.pozytek.pl`;
  const name = options.declared ? "Członek Komisji Po Oświadczeniu" : "Członek Komisji Bez Oświadczenia";
  const [person] = await db.insert(users).values({ email, name, passwordHash: "x" }).returning();
  if (!person) throw new Error("committee member not created");
  const [officerY] = await db.select().from(users).where(eq(users.email, "urzednik-y@demo.pozytek.pl"));
  const staff = await db
    .select()
    .from(staffRoles)
    .where(eq(staffRoles.userId, officerY?.id ?? ""));
  await addCommitteeMember({
    db,
    tenantId: options.tenantId,
    actor: { userId: officerY?.id ?? null, label: "urzednik-y@demo.pozytek.pl", ip: null },
    staffRoles: staff.map((r) => ({ role: r.role, departmentId: r.departmentId })),
    competitionId: options.competitionId,
    input: { email, kind: "staff" },
  });
  if (options.declared)
    await signDeclaration({
      db,
      tenantId: options.tenantId,
      actor: { userId: person.id, label: email, ip: null },
      clock: systemClock,
      competitionId: options.competitionId,
      input: { confirm: "on" },
    });
  return { id: person.id, email, name, staff: [] as { role: StaffRole; departmentId: string | null }[] };
}

/** The demo's contract in progress in the resolved competition (seeded by demo/seed-contracts.server.ts). */
async function matrixContract(db: Db, competitionId: string) {
  const [existing] = await db
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.competitionId, competitionId), eq(contracts.status, "in_progress")))
    .orderBy(contracts.number)
    .limit(1);
  if (!existing) throw new Error("no contract in progress in the resolved demo competition");
  const contractId = existing.id;
  const [report] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(eq(reports.contractId, contractId))
    .orderBy(reports.dueOn)
    .limit(1);
  if (!report) throw new Error("no report of the matrix contract");
  const [change] = await db
    .select({ id: contractChangeRequests.id })
    .from(contractChangeRequests)
    .where(eq(contractChangeRequests.contractId, contractId))
    .limit(1);
  if (!change) throw new Error("no change request of the matrix contract");
  return { contractId, reportId: report.id, changeRequestId: change.id };
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
