import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { competitionAmendments } from "../../platform/db/schema/competitions";
import { useTestDatabase } from "../../test/db";
import { createOfferWorld, startTestOffer } from "../offers/testing/factories";
import { expectAppError, mailTo } from "../organizations/testing/factories";
import { findCompetitionInTenant } from "./access";
import { amendCompetition } from "./amend-competition";
import { listDraftOfferRecipients } from "./list-draft-offer-recipients";
import type { Amendment } from "./schemas";
import {
  auditOfCompetition,
  type CompetitionWorld,
  createCompetitionWorld,
  createDraft,
  createPublished,
  TEST_APP_URL,
  testClock,
  warsaw,
} from "./testing/factories";

describe("amendCompetition", () => {
  const t = useTestDatabase();

  async function amend(
    world: CompetitionWorld,
    id: string,
    changes: Partial<Amendment>,
    at = "2026-03-25 12:00",
  ) {
    const current = await findCompetitionInTenant(t.db, world.tenant.id, id);
    return amendCompetition({
      db: t.db,
      tenantId: world.tenant.id,
      actor: world.officer.actor,
      staffRoles: world.officer.staffRoles,
      clock: testClock(warsaw(at)),
      appUrl: TEST_APP_URL,
      competitionId: id,
      amendment: {
        version: current.version,
        reason: "Wydłużenie terminu na prośbę organizacji.",
        offerDeadline: null,
        taskDescription: current.taskDescription,
        awardRules: current.awardRules,
        taskConditions: current.taskConditions,
        selectionProcedure: current.selectionProcedure,
        selectionDate: current.selectionDate,
        ...changes,
      },
    });
  }

  it("records the amendment with the reason, extends the deadline and audits it", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    await amend(world, id, {
      offerDeadline: warsaw("2026-04-17 15:00"),
      awardRules: "Dotacja do 80% kosztów.",
    });
    const row = await findCompetitionInTenant(t.db, world.tenant.id, id);
    expect(row.offerDeadline?.toISOString()).toBe(warsaw("2026-04-17 15:00").toISOString());
    expect(row.awardRules).toBe("Dotacja do 80% kosztów.");
    const [recorded] = await t.db
      .select()
      .from(competitionAmendments)
      .where(eq(competitionAmendments.competitionId, id));
    expect(recorded).toMatchObject({
      reason: "Wydłużenie terminu na prośbę organizacji.",
      amendedBy: world.officer.user.id,
    });
    expect(Object.keys(recorded?.changes ?? {}).sort()).toEqual(["awardRules", "offerDeadline"]);
    expect(recorded?.oldDeadline?.toISOString()).toBe(warsaw("2026-04-10 15:00").toISOString());
    expect(recorded?.newDeadline?.toISOString()).toBe(warsaw("2026-04-17 15:00").toISOString());
    expect((await auditOfCompetition(t.db, id)).at(-1)?.action).toBe("competition.amended");
  });

  it("extends even close to the deadline, but never shortens below the minimum counted from the amendment", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world, {
      offerDeadline: "2026-05-20 15:00",
      selectionDate: "2026-05-30",
    });
    const error = await expectAppError(
      amend(world, id, { offerDeadline: warsaw("2026-04-14 15:00") }),
      "VALIDATION",
    );
    expect(error.fieldErrors.offerDeadline?.[0]).toMatch(
      /^competition\.error\.amendedDeadlineTooSoon\|.*"earliest":"2026-04-15"/,
    );
    await amend(world, id, { offerDeadline: warsaw("2026-04-15 15:00") });
    await amend(world, id, { offerDeadline: warsaw("2026-04-16 15:00") }, "2026-04-14 10:00");
    expect((await findCompetitionInTenant(t.db, world.tenant.id, id)).version).toBe(4);
  });

  it("refuses an amendment that changes nothing, a stale version, and a draft", async () => {
    const world = await createCompetitionWorld(t.db);
    const id = await createPublished(t.db, world);
    await expectAppError(amend(world, id, {}), "VALIDATION", "competition.error.nothingChanged");
    await expectAppError(amend(world, id, { version: 1, awardRules: "Nowe zasady." }), "CONFLICT");
    const draft = await createDraft(t.db, world);
    await expectAppError(
      amend(world, draft, { awardRules: "Nowe zasady." }),
      "CONFLICT",
      "competition.error.wrongStatus",
    );
  });

  it("mails the members of organisations with a draft offer in the competition", async () => {
    const world = await createOfferWorld(t.db);
    await startTestOffer(t.db, world);
    await amendCompetition({
      db: t.db,
      tenantId: world.tenant.id,
      actor: world.officer.actor,
      staffRoles: world.officer.staffRoles,
      clock: testClock(warsaw("2026-03-25 12:00")),
      appUrl: TEST_APP_URL,
      competitionId: world.competitionId,
      amendment: {
        ...(await amendmentOf(world.tenant.id, world.competitionId)),
        offerDeadline: warsaw("2026-04-17 15:00"),
      },
    });
    for (const person of [world.owner, world.editor, world.viewer]) {
      const mails = await mailTo(t.db, person.email);
      expect(mails.map((m) => m.template)).toContain("competitions.amended");
    }
    expect(
      (
        await listDraftOfferRecipients(t.db, {
          tenantId: world.tenant.id,
          competitionId: world.competitionId,
        })
      ).length,
    ).toBe(3);
  });

  async function amendmentOf(tenantId: string, id: string): Promise<Amendment> {
    const current = await findCompetitionInTenant(t.db, tenantId, id);
    return {
      version: current.version,
      reason: "Wydłużenie terminu na prośbę organizacji.",
      offerDeadline: null,
      taskDescription: current.taskDescription,
      awardRules: current.awardRules,
      taskConditions: current.taskConditions,
      selectionProcedure: current.selectionProcedure,
      selectionDate: current.selectionDate,
    };
  }
});
