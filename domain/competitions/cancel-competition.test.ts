import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { findCompetitionInTenant } from "./access";
import { cancelCompetition } from "./cancel-competition";
import { closeDueCompetitions } from "./close-due-competitions";
import {
  auditOfCompetition,
  type CompetitionWorld,
  createCompetitionWorld,
  createPublished,
  TEST_APP_URL,
  testClock,
  warsaw,
} from "./testing/factories";

describe("cancelCompetition", () => {
  const t = useTestDatabase();

  const cancel = (world: CompetitionWorld, id: string, reason: string, by = world.officer) =>
    cancelCompetition({
      db: t.db,
      tenantId: world.tenant.id,
      actor: by.actor,
      staffRoles: by.staffRoles,
      clock: testClock(warsaw("2026-03-25 12:00")),
      appUrl: TEST_APP_URL,
      competitionId: id,
      reason,
    });

  it("needs a reason of a few words", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    const error = await expectAppError(cancel(world, id, ""), "VALIDATION");
    expect(error.fieldErrors.reason).toEqual(["form.required"]);
    await expectAppError(cancel(world, id, "bo tak"), "VALIDATION");
  });

  it("cancels a published competition with the reason on record", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    await cancel(world, id, "Zmiana przepisów wymaga nowego ogłoszenia.");
    const row = await findCompetitionInTenant(t.db, world.tenant.id, id);
    expect(row).toMatchObject({
      status: "cancelled",
      cancellationReason: "Zmiana przepisów wymaga nowego ogłoszenia.",
    });
    expect((await auditOfCompetition(t.db, id)).at(-1)).toMatchObject({
      action: "competition.cancelled",
      before: { status: "published" },
      after: { status: "cancelled", reason: "Zmiana przepisów wymaga nowego ogłoszenia." },
    });
  });

  it("cannot cancel after the deadline closed it, nor in another department", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    await expectAppError(
      cancel(world, id, "Cudzy wydział nie może tego zrobić.", world.otherOfficer),
      "FORBIDDEN",
    );
    await closeDueCompetitions({ db: t.db, clock: testClock(warsaw("2026-04-10 15:00")) });
    await expectAppError(cancel(world, id, "Za późno na unieważnienie."), "CONFLICT");
  });
});
