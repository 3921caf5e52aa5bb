import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { findCompetitionInTenant } from "./access";
import { cancelCompetition } from "./cancel-competition";
import {
  auditOfCompetition,
  buildDraft,
  type CompetitionWorld,
  createCompetitionWorld,
  createDraft,
  TEST_APP_URL,
  testClock,
} from "./testing/factories";
import { updateCompetitionDraft } from "./update-competition-draft";

describe("updateCompetitionDraft", () => {
  const t = useTestDatabase();

  const update = (world: CompetitionWorld, id: string, version: number, title: string, by = world.officer) =>
    updateCompetitionDraft({
      db: t.db,
      tenantId: world.tenant.id,
      actor: by.actor,
      staffRoles: by.staffRoles,
      clock: testClock(),
      competitionId: id,
      version,
      draft: buildDraft(world, { title, budgetYears: [{ year: "2026", amount: "900 000" }] }),
    });

  it("saves, bumps the version and audits only what changed", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createDraft(t.db, world);
    const result = await update(world, id, 1, "Opieka wytchnieniowa — edycja 2026");
    expect(result).toEqual({ version: 2, changed: ["title", "budgetYears"] });
    const last = (await auditOfCompetition(t.db, id)).at(-1);
    expect(last).toMatchObject({ action: "competition.draftUpdated" });
    expect(Object.keys(last?.after as object).sort()).toEqual(["budgetYears", "title"]);
  });

  it("refuses a save from an older version: someone changed this", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createDraft(t.db, world);
    await update(world, id, 1, "Pierwsza zmiana tytułu");
    await expectAppError(
      update(world, id, 1, "Druga zmiana tytułu"),
      "CONFLICT",
      "competition.error.changedMeanwhile",
    );
    expect((await findCompetitionInTenant(t.db, world.tenant.id, id)).title).toBe("Pierwsza zmiana tytułu");
  });

  it("refuses editing a competition that is no longer a draft, and an officer of another department", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createDraft(t.db, world);
    await expectAppError(update(world, id, 1, "Cudza zmiana", world.otherOfficer), "FORBIDDEN");
    await cancelCompetition({
      db: t.db,
      tenantId: world.tenant.id,
      actor: world.officer.actor,
      staffRoles: world.officer.staffRoles,
      clock: testClock(),
      appUrl: TEST_APP_URL,
      competitionId: id,
      reason: "Zmiana planów budżetowych gminy.",
    });
    await expectAppError(update(world, id, 2, "Za późno"), "CONFLICT", "competition.error.wrongStatus");
  });

  it("does nothing (no new version) when nothing changed", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createDraft(t.db, world);
    const same = buildDraft(world);
    const result = await updateCompetitionDraft({
      db: t.db,
      tenantId: world.tenant.id,
      actor: world.officer.actor,
      staffRoles: world.officer.staffRoles,
      clock: testClock(),
      competitionId: id,
      version: 1,
      draft: same,
    });
    expect(result).toEqual({ version: 1, changed: [] });
  });
});
