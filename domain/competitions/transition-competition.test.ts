import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../platform/audit/write-audit.server";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { findCompetitionInTenant } from "./access";
import { startEvaluation } from "./start-evaluation";
import type { CompetitionTarget } from "./states";
import {
  auditOfCompetition,
  createCompetitionWorld,
  createDraft,
  createPublished,
  testClock,
  warsaw,
} from "./testing/factories";
import { transitionCompetition } from "./transition-competition";

describe("transitionCompetition", () => {
  const t = useTestDatabase();

  async function move(tenantId: string, id: string, to: CompetitionTarget, reason?: string) {
    const competition = await findCompetitionInTenant(t.db, tenantId, id);
    return t.db.transaction((tx) =>
      transitionCompetition(tx, {
        competition,
        to,
        actor: SYSTEM_ACTOR,
        now: warsaw("2026-05-01 12:00"),
        reason,
      }),
    );
  }

  it("walks the whole life: published → closed → in evaluation → resolved → archived, auditing each step", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    for (const to of ["closed", "in_evaluation", "resolved", "archived"] as const)
      await move(world.tenant.id, id, to);
    const row = await findCompetitionInTenant(t.db, world.tenant.id, id);
    expect(row).toMatchObject({ status: "archived", version: 6 });
    expect(row.closedAt?.toISOString()).toBe(warsaw("2026-05-01 12:00").toISOString());
    const steps = (await auditOfCompetition(t.db, id)).map((a) => [
      a.action,
      (a.before as { status?: string } | null)?.status,
      (a.after as { status?: string } | null)?.status,
    ]);
    expect(steps).toEqual([
      ["competition.draftCreated", undefined, undefined],
      ["competition.published", "draft", "published"],
      ["competition.closed", "published", "closed"],
      ["competition.evaluationStarted", "closed", "in_evaluation"],
      ["competition.resolved", "in_evaluation", "resolved"],
      ["competition.archived", "resolved", "archived"],
    ]);
  });

  it("refuses edges the machine does not have", async () => {
    const world = await createCompetitionWorld(t.db);
    const draft = await createDraft(t.db, world);
    await expectAppError(move(world.tenant.id, draft, "closed"), "CONFLICT", "competition.error.wrongStatus");
    await expectAppError(move(world.tenant.id, draft, "resolved"), "CONFLICT");
    const published = await createPublished(t.db, world);
    await expectAppError(move(world.tenant.id, published, "in_evaluation"), "CONFLICT");
    await expectAppError(move(world.tenant.id, published, "published"), "CONFLICT");
  });

  it("refuses a stale row (someone moved it meanwhile)", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    const stale = await findCompetitionInTenant(t.db, world.tenant.id, id);
    await move(world.tenant.id, id, "closed");
    await expectAppError(
      t.db.transaction((tx) =>
        transitionCompetition(tx, {
          competition: stale,
          to: "cancelled",
          actor: SYSTEM_ACTOR,
          now: new Date(),
          reason: "x",
        }),
      ),
      "CONFLICT",
    );
  });

  it("needs a reason to cancel", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    const error = await expectAppError(move(world.tenant.id, id, "cancelled", "  "), "VALIDATION");
    expect(error.fieldErrors).toEqual({ reason: ["form.required"] });
  });
});

describe("startEvaluation", () => {
  const t = useTestDatabase();

  it("opens the evaluation of a closed competition for its officer only", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    const start = (by = world.officer) =>
      startEvaluation({
        db: t.db,
        tenantId: world.tenant.id,
        actor: by.actor,
        staffRoles: by.staffRoles,
        clock: testClock(warsaw("2026-04-11 09:00")),
        competitionId: id,
      });
    await expectAppError(start(), "CONFLICT", "competition.error.wrongStatus");
    const competition = await findCompetitionInTenant(t.db, world.tenant.id, id);
    await t.db.transaction((tx) =>
      transitionCompetition(tx, {
        competition,
        to: "closed",
        actor: SYSTEM_ACTOR,
        now: warsaw("2026-04-10 15:00"),
      }),
    );
    await expectAppError(start(world.otherOfficer), "FORBIDDEN");
    await start();
    expect((await findCompetitionInTenant(t.db, world.tenant.id, id)).status).toBe("in_evaluation");
  });
});
