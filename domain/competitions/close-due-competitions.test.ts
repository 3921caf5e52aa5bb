import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { findCompetitionInTenant } from "./access";
import { closeDueCompetitions } from "./close-due-competitions";
import { createCompetitionWorld, createDraft, createPublished, testClock, warsaw } from "./testing/factories";

describe("closeDueCompetitions (the job)", () => {
  const t = useTestDatabase();

  it("closes only published competitions whose deadline has passed, to the second", async () => {
    const world = await createCompetitionWorld(t.db);
    const due = await createPublished(t.db, world, { offerDeadline: "2026-04-10 15:00" });
    const later = await createPublished(t.db, world, { offerDeadline: "2026-04-20 15:00" });
    const draftPastDeadline = await createDraft(t.db, world, { offerDeadline: "2026-04-01 15:00" });

    const oneSecondBefore = await closeDueCompetitions({
      db: t.db,
      clock: testClock(warsaw("2026-04-10 14:59:59")),
    });
    expect(oneSecondBefore).not.toContain(due);

    const closed = await closeDueCompetitions({ db: t.db, clock: testClock(warsaw("2026-04-10 15:00")) });
    expect(closed).toContain(due);
    expect(closed).not.toContain(later);
    const status = async (id: string) => (await findCompetitionInTenant(t.db, world.tenant.id, id)).status;
    expect(await status(due)).toBe("closed");
    expect(await status(later)).toBe("published");
    expect(await status(draftPastDeadline)).toBe("draft");

    const again = await closeDueCompetitions({ db: t.db, clock: testClock(warsaw("2026-04-10 15:01")) });
    expect(again).not.toContain(due);
  });
});
