import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { getCompetitionParameters, isOpenForOffers } from "./get-competition-parameters";
import { createCompetitionWorld, createPublished, warsaw } from "./testing/factories";

describe("getCompetitionParameters (what offers read)", () => {
  const t = useTestDatabase();

  it("gives the offer's rules: grant range, shares, cap, window, forms, attachments, deadline", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    const p = await getCompetitionParameters({ db: t.db, tenantId: world.tenant.id, competitionId: id });
    expect(p).toMatchObject({
      status: "published",
      legalBasis: { code: "udpp-wspieranie", requiresOwnContribution: true },
      minGrant: 1_000_000,
      maxGrant: 20_000_000,
      minOwnContributionBp: 1000,
      minFinancialContributionBp: 500,
      adminCostCapBp: 1000,
      taskStart: "2026-05-01",
      taskEnd: "2026-12-31",
      eligibleLegalForms: ["registered_association", "foundation"],
      requiredAttachments: [{ label: "Statut organizacji" }],
      budgetYears: [{ year: 2026, amount: 88_128_000 }],
    });
    expect(isOpenForOffers(p, warsaw("2026-04-10 14:59:59"))).toBe(true);
    expect(isOpenForOffers(p, warsaw("2026-04-10 15:00"))).toBe(false);
    const other = await createCompetitionWorld(t.db);
    await expectAppError(
      getCompetitionParameters({ db: t.db, tenantId: other.tenant.id, competitionId: id }),
      "NOT_FOUND",
    );
  });
});
