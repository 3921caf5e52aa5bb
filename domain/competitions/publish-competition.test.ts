import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { findCompetitionInTenant } from "./access";
import { publishCompetition } from "./publish-competition";
import {
  auditOfCompetition,
  type CompetitionWorld,
  createCompetitionWorld,
  createDraft,
  testClock,
  warsaw,
} from "./testing/factories";

describe("publishCompetition", () => {
  const t = useTestDatabase();

  async function draftWithDeadline(world: CompetitionWorld, deadline: string, selectionDate = "2026-12-31") {
    return createDraft(t.db, world, { offerDeadline: deadline, selectionDate, taskEnd: "2026-12-31" });
  }

  const publish = (world: CompetitionWorld, id: string, at: string, by = world.officer) =>
    publishCompetition({
      db: t.db,
      tenantId: world.tenant.id,
      actor: by.actor,
      staffRoles: by.staffRoles,
      clock: testClock(warsaw(at)),
      competitionId: id,
    });

  it("refuses a deadline 20 days after publication, naming the minimum, the article and the earliest date", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await draftWithDeadline(world, "2026-04-09 23:59");
    const error = await expectAppError(publish(world, id, "2026-03-20 10:00"), "VALIDATION");
    const [message] = error.fieldErrors.offerDeadline ?? [];
    expect(message).toMatch(/^competition\.error\.deadlineTooSoon\|/);
    expect(JSON.parse(message?.split("|")[1] ?? "{}")).toEqual({
      days: 21,
      article: "art. 13 ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie",
      earliest: "2026-04-10",
    });
    expect((await findCompetitionInTenant(t.db, world.tenant.id, id)).status).toBe("draft");
  });

  it("accepts 21 days across the spring DST change (published 2026-03-20, deadline 2026-04-10)", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await draftWithDeadline(world, "2026-04-10 00:00");
    await publish(world, id, "2026-03-20 23:30");
    const row = await findCompetitionInTenant(t.db, world.tenant.id, id);
    expect(row).toMatchObject({ status: "published", version: 2 });
    expect(row.publishedAt?.toISOString()).toBe(warsaw("2026-03-20 23:30").toISOString());
    const last = (await auditOfCompetition(t.db, id)).at(-1);
    expect(last).toMatchObject({
      action: "competition.published",
      before: { status: "draft" },
      after: { status: "published" },
    });
  });

  it("counts calendar days across the autumn DST change too (published 2026-10-10)", async () => {
    const world = await createCompetitionWorld(t.db);
    const tooSoon = await draftWithDeadline(world, "2026-10-30 23:59");
    await expectAppError(publish(world, tooSoon, "2026-10-10 00:05"), "VALIDATION");
    const enough = await draftWithDeadline(world, "2026-10-31 00:00");
    await publish(world, enough, "2026-10-10 23:55");
    expect((await findCompetitionInTenant(t.db, world.tenant.id, enough)).status).toBe("published");
  });

  it("lists what an incomplete draft lacks, field by field", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createDraft(t.db, world, {
      taskDescription: "",
      offerDeadline: null,
      budgetYears: [],
      criteria: [],
      eligibleLegalForms: [],
      minOwnContributionBp: null,
      minFinancialContributionBp: null,
    });
    const error = await expectAppError(
      publish(world, id, "2026-03-20 10:00"),
      "VALIDATION",
      "competition.error.notReady",
    );
    expect(Object.keys(error.fieldErrors).sort()).toEqual(
      [
        "budgetYears",
        "criteria",
        "eligibleLegalForms",
        "minOwnContributionBp",
        "offerDeadline",
        "taskDescription",
      ].sort(),
    );
  });

  it("refuses an officer of another department, and publishing twice", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await draftWithDeadline(world, "2026-04-20 15:00");
    await expectAppError(publish(world, id, "2026-03-20 10:00", world.otherOfficer), "FORBIDDEN");
    await publish(world, id, "2026-03-20 10:00", world.coordinator);
    await expectAppError(publish(world, id, "2026-03-20 10:00"), "CONFLICT", "competition.error.wrongStatus");
  });

  it("uses the legal basis's own minimum (a tenant may set a longer one)", async () => {
    const world = await createCompetitionWorld(t.db);
    const { legalBases } = await import("../../platform/db/schema/competitions");
    const [own] = await t.db
      .insert(legalBases)
      .values({
        tenantId: world.tenant.id,
        code: "udpp-wspieranie",
        label: "Wspieranie (30 dni)",
        act: "ustawa o działalności pożytku publicznego i o wolontariacie",
        article: "art. 11 ust. 1 pkt 1",
        minDaysToDeadline: 30,
        minDaysArticle: "uchwała w sprawie programu współpracy",
        requiresOwnContribution: true,
      })
      .returning();
    const id = await createDraft(t.db, world, {
      legalBasisId: own?.id,
      offerDeadline: "2026-04-15 15:00",
      selectionDate: "2026-04-30",
    });
    const error = await expectAppError(publish(world, id, "2026-03-20 10:00"), "VALIDATION");
    expect(error.fieldErrors.offerDeadline?.[0]).toContain('"days":30');
  });
});
