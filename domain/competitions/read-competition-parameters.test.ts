import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { competitionBudgetYears, competitions, legalBases } from "../../platform/db/schema/competitions";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { getCompetitionParameters } from "./get-competition-parameters";
import { readCompetitionParameters } from "./read-competition-parameters";
import { createCompetitionWorld, createPublished } from "./testing/factories";

describe("readCompetitionParameters (one query)", () => {
  const t = useTestDatabase();

  it("answers exactly as getCompetitionParameters, budget years in ascending order", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    await t.db.insert(competitionBudgetYears).values([
      { competitionId: id, year: 2028, amount: 3_000_000 },
      { competitionId: id, year: 2027, amount: 12_345_678_901 },
    ]);
    const options = { db: t.db, tenantId: world.tenant.id, competitionId: id };
    const light = await readCompetitionParameters(options);
    expect(light).toEqual(await getCompetitionParameters(options));
    expect(light.budgetYears.map((b) => b.year)).toEqual([2026, 2027, 2028]);
    expect(light.budgetYears[1]?.amount).toBe(12_345_678_901);
    expect(light.offerDeadline).toBeInstanceOf(Date);

    await t.db.delete(competitionBudgetYears).where(eq(competitionBudgetYears.competitionId, id));
    expect((await readCompetitionParameters(options)).budgetYears).toEqual([]);
  });

  it("refuses as getCompetitionParameters does: another tenant, a malformed id, a shadowed basis", async () => {
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
    await expectAppError(getCompetitionParameters(options), "VALIDATION");
    await expectAppError(readCompetitionParameters(options), "VALIDATION");
  });
});
