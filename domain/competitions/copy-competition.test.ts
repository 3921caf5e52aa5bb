import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { childrenOf, findCompetitionInTenant } from "./access";
import { copyCompetition } from "./copy-competition";
import { auditOfCompetition, createCompetitionWorld, createPublished, testClock } from "./testing/factories";

describe("copyCompetition", () => {
  const t = useTestDatabase();

  it("copies last year's competition as a new draft in one action, dates cleared, years one on", async () => {
    const world = await createCompetitionWorld(t.db);
    const source = await createPublished(t.db, world, {
      title: "Prowadzenie Centrum Interwencji Kryzysowej w latach 2026–2027",
      taskEnd: "2027-12-31",
      budgetYears: [
        { year: "2026", amount: "1 200 000" },
        { year: "2027", amount: "1 250 000" },
      ],
    });
    const copy = (by = world.officer) =>
      copyCompetition({
        db: t.db,
        tenantId: world.tenant.id,
        actor: by.actor,
        staffRoles: by.staffRoles,
        clock: testClock(),
        competitionId: source,
      });
    await expectAppError(copy(world.otherOfficer), "FORBIDDEN");
    const { competitionId } = await copy();
    const row = await findCompetitionInTenant(t.db, world.tenant.id, competitionId);
    expect(row).toMatchObject({
      status: "draft",
      version: 1,
      copiedFromId: source,
      title: "Prowadzenie Centrum Interwencji Kryzysowej w latach 2027–2028",
      taskStart: null,
      taskEnd: null,
      offerDeadline: null,
      selectionDate: null,
      publishedAt: null,
      minGrant: 1_000_000,
      awardRules: "Dotacja do 90% kosztów zadania.",
    });
    expect(row.criteria).toHaveLength(2);
    const children = await childrenOf(t.db, competitionId);
    expect(children.budgetYears).toEqual([
      { year: 2027, amount: 120_000_000 },
      { year: 2028, amount: 125_000_000 },
    ]);
    expect(children.priorTasks).toHaveLength(1);
    expect((await auditOfCompetition(t.db, competitionId)).map((a) => a.action)).toEqual([
      "competition.copied",
    ]);
  });
});
