import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { competitionBudgetYears, competitions, legalBases } from "../../platform/db/schema/competitions";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { readCompetitionParameters } from "./read-competition-parameters";
import { createCompetitionWorld, createPublished } from "./testing/factories";

describe("readCompetitionParameters (one query)", () => {
  const t = useTestDatabase();

  it("answers with the competition's row, its legal basis and its budget years in ascending order", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    await t.db.insert(competitionBudgetYears).values([
      { competitionId: id, year: 2028, amount: 3_000_000 },
      { competitionId: id, year: 2027, amount: 12_345_678_901 },
    ]);
    const options = { db: t.db, tenantId: world.tenant.id, competitionId: id };
    const light = await readCompetitionParameters(options);
    // What the tables hold, read one by one (the three reads the one statement replaces).
    const [c] = await t.db.select().from(competitions).where(eq(competitions.id, id));
    const [basis] = await t.db.select().from(legalBases).where(eq(legalBases.id, c!.legalBasisId));
    expect(light).toEqual({
      id,
      tenantId: c!.tenantId,
      departmentId: c!.departmentId,
      title: c!.title,
      areaCode: c!.areaCode,
      status: c!.status,
      offerDeadline: c!.offerDeadline,
      legalBasis: {
        code: basis!.code,
        label: basis!.label,
        requiresOwnContribution: basis!.requiresOwnContribution,
      },
      taskStart: c!.taskStart,
      taskEnd: c!.taskEnd,
      budgetYears: [
        { year: 2026, amount: 88_128_000 },
        { year: 2027, amount: 12_345_678_901 },
        { year: 2028, amount: 3_000_000 },
      ],
      minGrant: c!.minGrant,
      maxGrant: c!.maxGrant,
      minOwnContributionBp: c!.minOwnContributionBp,
      minFinancialContributionBp: c!.minFinancialContributionBp,
      minPersonalContributionBp: c!.minPersonalContributionBp,
      adminCostCapBp: c!.adminCostCapBp,
      eligibleLegalForms: c!.eligibleLegalForms,
      requiredAttachments: c!.requiredAttachments,
      criteria: c!.criteria,
      passThreshold: c!.passThreshold,
    });
    expect(light.offerDeadline).toBeInstanceOf(Date);

    await t.db.delete(competitionBudgetYears).where(eq(competitionBudgetYears.competitionId, id));
    expect((await readCompetitionParameters(options)).budgetYears).toEqual([]);
  });

  it("refuses another tenant's and a malformed id (NOT_FOUND), and a basis the tenant has shadowed", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    const other = await createCompetitionWorld(t.db);
    await expectAppError(
      readCompetitionParameters({ db: t.db, tenantId: other.tenant.id, competitionId: id }),
      "NOT_FOUND",
    );
    await expectAppError(
      readCompetitionParameters({ db: t.db, tenantId: world.tenant.id, competitionId: "nie-uuid" }),
      "NOT_FOUND",
    );
    // The tenant's own basis of the same code replaces the global one the competition points at.
    const [competition] = await t.db.select().from(competitions).where(eq(competitions.id, id));
    const [global] = await t.db.select().from(legalBases).where(eq(legalBases.id, competition!.legalBasisId));
    await t.db.insert(legalBases).values({ ...global!, id: undefined, tenantId: world.tenant.id });
    const options = { db: t.db, tenantId: world.tenant.id, competitionId: id };
    await expectAppError(readCompetitionParameters(options), "VALIDATION");
  });
});
