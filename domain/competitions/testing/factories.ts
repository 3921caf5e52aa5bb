import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { fixedClock } from "../../../platform/clock/clock";
import type { Db } from "../../../platform/db/client.server";
import { auditLog } from "../../../platform/db/schema/audit";
import { staffRoles, users } from "../../../platform/db/schema/identity";
import { departments } from "../../../platform/db/schema/tenancy";
import { warsawLocalToInstant } from "../../../platform/format/dates";
import { actorOf, createTestTenant } from "../../organizations/testing/factories";
import { listLegalBases } from "../access";
import { createCompetitionDraft } from "../create-competition-draft";
import type { StaffRoleName } from "../policy";
import { publishCompetition } from "../publish-competition";
import { type CompetitionDraft, type CompetitionDraftInput, CompetitionDraftSchema } from "../schemas";

/** Test factories for the competitions: real rows through the real use cases, never mocks. */

export const TEST_APP_URL = "https://pozytek.test";

/** Warsaw wall-clock time as an instant (throws on a typo, so tests fail loudly). */
export function warsaw(local: string): Date {
  const instant = warsawLocalToInstant(local);
  if (!instant) throw new Error(`bad local time ${local}`);
  return instant;
}

const unique = () => randomBytes(4).toString("hex");

export interface StaffMember {
  user: typeof users.$inferSelect;
  actor: ReturnType<typeof actorOf>;
  staffRoles: { role: StaffRoleName; departmentId: string | null }[];
}

async function staff(db: Db, tenantId: string, role: StaffRoleName, departmentId: string | null) {
  const id = unique();
  const [user] = await db
    .insert(users)
    .values({ email: `${role}-${id}@example.pl`, name: `Pracownik ${id}`, passwordHash: "x" })
    .returning();
  if (!user) throw new Error("user not created");
  await db.insert(staffRoles).values({ tenantId, userId: user.id, role, departmentId });
  return { user, actor: actorOf(user), staffRoles: [{ role, departmentId }] } satisfies StaffMember;
}

/** A tenant with two departments, an officer of each, a coordinator, an admin and the legal bases by code. */
export async function createCompetitionWorld(db: Db) {
  const tenant = await createTestTenant(db);
  const [social, culture] = await db
    .insert(departments)
    .values([
      { tenantId: tenant.id, code: "WPS", name: "Wydział Polityki Społecznej" },
      { tenantId: tenant.id, code: "WKPS", name: "Wydział Kultury, Promocji i Sportu" },
    ])
    .returning();
  if (!social || !culture) throw new Error("departments not created");
  const bases = Object.fromEntries((await listLegalBases(db, tenant.id)).map((b) => [b.code, b]));
  const basis = (code: string) => {
    const found = bases[code];
    if (!found) throw new Error(`legal basis ${code} missing (migration seed)`);
    return found;
  };
  return {
    tenant,
    social,
    culture,
    basis,
    officer: await staff(db, tenant.id, "officer", social.id),
    otherOfficer: await staff(db, tenant.id, "officer", culture.id),
    coordinator: await staff(db, tenant.id, "coordinator", null),
    admin: await staff(db, tenant.id, "admin", null),
  };
}
export type CompetitionWorld = Awaited<ReturnType<typeof createCompetitionWorld>>;

/** A complete draft (ready to publish with a deadline on 2026-04-10 15:00 Warsaw); override any field. */
export function buildDraft(
  world: CompetitionWorld,
  overrides: Partial<CompetitionDraftInput> = {},
): CompetitionDraft {
  return CompetitionDraftSchema.parse({
    departmentId: world.social.id,
    legalBasisId: world.basis("udpp-wspieranie").id,
    areaCode: "social_assistance",
    title: "Świadczenie usługi opieki wytchnieniowej w 2026 r.",
    taskDescription: "Opieka wytchnieniowa dla członków rodzin osób z niepełnosprawnościami.",
    awardRules: "Dotacja do 90% kosztów zadania.",
    taskConditions: "Zadanie realizowane na terenie gminy.",
    taskStart: "2026-05-01",
    taskEnd: "2026-12-31",
    offerDeadline: "2026-04-10 15:00",
    selectionProcedure: "Komisja konkursowa ocenia oferty według kryteriów.",
    selectionDate: "2026-04-30",
    eligibleLegalForms: ["foundation", "registered_association"],
    minGrant: "10 000,00",
    maxGrant: "200 000,00",
    minOwnContributionBp: "10",
    minFinancialContributionBp: "5",
    minPersonalContributionBp: null,
    adminCostCapBp: "10",
    passThreshold: "30",
    budgetYears: [{ year: "2026", amount: "881 280,00" }],
    priorTasks: [{ year: "2025", name: "Opieka wytchnieniowa 2025", amount: "750 000,00" }],
    criteria: [
      { code: "feasibility", label: "Możliwość realizacji", maxPoints: "30" },
      { code: "costs", label: "Kalkulacja kosztów", maxPoints: "30" },
    ],
    requiredAttachments: [{ label: "Statut organizacji" }],
    ...overrides,
  });
}

/** The clock of a test: 2026-03-20 10:00 Warsaw unless told otherwise. */
export const testClock = (at: Date | string = warsaw("2026-03-20 10:00")) => fixedClock(at);

/** The officer of the department a draft names (the social department's by default). */
function officerFor(world: CompetitionWorld, overrides: Partial<CompetitionDraftInput>): StaffMember {
  return overrides.departmentId === world.culture.id ? world.otherOfficer : world.officer;
}

/** Creates a draft as the officer of its department; returns its id. */
export async function createDraft(
  db: Db,
  world: CompetitionWorld,
  overrides: Partial<CompetitionDraftInput> = {},
  by: StaffMember = officerFor(world, overrides),
): Promise<string> {
  const { competitionId } = await createCompetitionDraft({
    db,
    tenantId: world.tenant.id,
    actor: by.actor,
    staffRoles: by.staffRoles,
    clock: testClock(),
    draft: buildDraft(world, overrides),
  });
  return competitionId;
}

/** Creates and publishes a competition at `publishedAt` (default 2026-03-20 10:00 Warsaw). */
export async function createPublished(
  db: Db,
  world: CompetitionWorld,
  overrides: Partial<CompetitionDraftInput> = {},
  publishedAt: Date = warsaw("2026-03-20 10:00"),
): Promise<string> {
  const id = await createDraft(db, world, overrides);
  const by = officerFor(world, overrides);
  await publishCompetition({
    db,
    tenantId: world.tenant.id,
    actor: by.actor,
    staffRoles: by.staffRoles,
    clock: testClock(publishedAt),
    competitionId: id,
  });
  return id;
}

/** Audit lines of one competition, oldest first. */
export async function auditOfCompetition(db: Db, competitionId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "competition"), eq(auditLog.entityId, competitionId)))
    .orderBy(asc(auditLog.id));
}
