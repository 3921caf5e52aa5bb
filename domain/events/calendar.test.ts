import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { cancelCompetition } from "../competitions/cancel-competition";
import {
  createCompetitionWorld,
  createDraft,
  createPublished,
  warsaw,
} from "../competitions/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { ApiEventListSchema, toApiEvent } from "./api-schemas";
import { decideEvent } from "./decide-event";
import { getPublicEvent } from "./get-public-event";
import { buildCalendar, toIcsEvent } from "./ics";
import { listCalendar } from "./list-calendar";
import { submitEvent } from "./submit-event";
import { createCalendarWorld, createTraining, mailsTo, TEST_APP_URL } from "./testing/factories";
import { parseIcs, textOf } from "./testing/ics-reader";

const YEAR = { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2027-01-01T00:00:00Z") };

describe("the public calendar", () => {
  const t = useTestDatabase();

  it("derives offer deadlines from announced competitions; a cancelled one's disappears", async () => {
    const world = await createCompetitionWorld(t.db);
    const published = await createPublished(t.db, world, { offerDeadline: "2026-04-10 15:00" });
    const cancelled = await createPublished(t.db, world, { offerDeadline: "2026-04-12 15:00" });
    await createDraft(t.db, world, { offerDeadline: "2026-04-14 15:00" });
    const list = () => listCalendar({ db: t.db, tenantId: world.tenant.id, ...YEAR });
    expect((await list()).map((e) => e.competitionId)).toEqual([published, cancelled]);
    await cancelCompetition({
      db: t.db,
      tenantId: world.tenant.id,
      actor: world.coordinator.actor,
      staffRoles: world.coordinator.staffRoles,
      clock: { now: () => warsaw("2026-03-25 10:00") },
      appUrl: TEST_APP_URL,
      competitionId: cancelled,
      reason: "Zmiana budżetu gminy",
    });
    const after = await list();
    expect(after.map((e) => e.competitionId)).toEqual([published]);
    expect(after[0]?.endsAt).toEqual(warsaw("2026-04-10 15:00"));
    expect(after[0]?.category).toBe("deadline");
    expect(
      await listCalendar({ db: t.db, tenantId: world.tenant.id, ...YEAR, categories: ["training"] }),
    ).toEqual([]);
  });

  it("an organisation's event waits for the coordinator; only then the public sees it", async () => {
    const world = await createCalendarWorld(t.db);
    const input = {
      organizationId: world.organizationId,
      title: "Piknik rodzinny, „Razem”",
      location: "Park Lisiniec",
      startsAt: "2026-12-12 12:00",
      endsAt: "2026-12-12 16:00",
    };
    await expectAppError(submitEvent({ ...world.base, actor: actorOf(world.stranger), input }), "FORBIDDEN");
    const { eventId } = await submitEvent({ ...world.base, actor: actorOf(world.owner), input });
    expect((await mailsTo(t.db, world.coordinator.email)).at(-1)?.subject).toContain(
      "Wydarzenie do moderacji",
    );
    const visible = () => listCalendar({ db: t.db, tenantId: world.tenant.id, ...YEAR });
    expect(await visible()).toEqual([]);
    await expectAppError(
      getPublicEvent({ db: t.db, tenantId: world.tenant.id, eventId, now: world.clock.now() }),
      "NOT_FOUND",
    );
    await expectAppError(decideEvent({ ...world.staff, eventId, approve: false }), "VALIDATION");
    await decideEvent({ ...world.staff, eventId, approve: true });
    await expectAppError(decideEvent({ ...world.staff, eventId, approve: true }), "CONFLICT");
    const [entry] = await visible();
    expect(entry?.organization?.name).toBe("Fundacja Oczami Brata");
    expect((await mailsTo(t.db, world.owner.email)).at(-1)?.subject).toContain("Opublikowano wydarzenie");
  });

  it("the feed parses strictly and carries the event; the API answer matches its schema", async () => {
    const world = await createCalendarWorld(t.db);
    const eventId = await createTraining(world);
    const entries = await listCalendar({ db: t.db, tenantId: world.tenant.id, ...YEAR });
    const text = buildCalendar({
      name: "Kalendarz",
      events: entries.map((e) => toIcsEvent(e, TEST_APP_URL)),
      now: world.clock.now(),
    });
    const [event] = parseIcs(text).events;
    expect(textOf(event!, "UID")).toBe(`event-${eventId}@pozytek.test`);
    expect(textOf(event!, "SUMMARY")).toBe("Szkolenie: jak rozliczyć dotację");
    expect(textOf(event!, "DESCRIPTION")).toBe("Sprawozdanie, faktury; wkład osobowy\\własny.");
    expect(textOf(event!, "DTSTART")).toBe("20261203T090000Z");
    const api = ApiEventListSchema.parse({
      items: entries.map((e) => toApiEvent(e, TEST_APP_URL)),
      from: "2026-01-01T00:00:00+01:00",
      to: "2027-01-01T00:00:00+01:00",
    });
    expect(api.items[0]?.startsAt).toBe("2026-12-03T10:00:00+01:00");
  });
});
