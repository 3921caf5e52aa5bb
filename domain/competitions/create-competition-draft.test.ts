import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { competitionBudgetYears, competitions } from "../../platform/db/schema/competitions";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { createCompetitionDraft } from "./create-competition-draft";
import {
  auditOfCompetition,
  buildDraft,
  createCompetitionWorld,
  type StaffMember,
  testClock,
} from "./testing/factories";

describe("createCompetitionDraft", () => {
  const t = useTestDatabase();

  const create = (
    world: Awaited<ReturnType<typeof createCompetitionWorld>>,
    by: StaffMember,
    departmentId?: string,
  ) =>
    createCompetitionDraft({
      db: t.db,
      tenantId: world.tenant.id,
      actor: by.actor,
      staffRoles: by.staffRoles,
      clock: testClock(),
      draft: buildDraft(world, departmentId ? { departmentId } : {}),
    });

  it("stores the draft with its budget years, version 1, and audits it", async () => {
    const world = await createCompetitionWorld(t.db);
    const { competitionId } = await create(world, world.officer);
    const [row] = await t.db.select().from(competitions).where(eq(competitions.id, competitionId));
    expect(row).toMatchObject({
      status: "draft",
      version: 1,
      minGrant: 1_000_000,
      minOwnContributionBp: 1000,
    });
    const years = await t.db
      .select()
      .from(competitionBudgetYears)
      .where(eq(competitionBudgetYears.competitionId, competitionId));
    expect(years).toEqual([{ competitionId, year: 2026, amount: 88_128_000 }]);
    expect((await auditOfCompetition(t.db, competitionId)).map((a) => a.action)).toEqual([
      "competition.draftCreated",
    ]);
  });

  it("refuses an officer creating in another department, allows the coordinator anywhere", async () => {
    const world = await createCompetitionWorld(t.db);
    await expectAppError(create(world, world.otherOfficer), "FORBIDDEN");
    await expect(create(world, world.coordinator, world.culture.id)).resolves.toHaveProperty("competitionId");
  });

  it("refuses another tenant's department or legal basis as a field error", async () => {
    const world = await createCompetitionWorld(t.db);
    const other = await createCompetitionWorld(t.db);
    const error = await expectAppError(create(world, world.coordinator, other.social.id), "VALIDATION");
    expect(error.fieldErrors).toEqual({ departmentId: ["form.invalidChoice"] });
  });
});
