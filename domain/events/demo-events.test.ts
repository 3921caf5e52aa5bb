import { describe, expect, it } from "vitest";
import { seedDemoEvents } from "../../demo/seed-events.server";
import { seedDemoOrganizations } from "../../demo/seed-organizations.server";
import { useTestDatabase } from "../../test/db";
import { createTestTenant, createTestUser } from "../organizations/testing/factories";
import { getPublicEvent } from "./get-public-event";
import { listCalendar } from "./list-calendar";
import { listOfficeEvents } from "./list-office-events";

// Lives beside the domain because vitest only collects tests from app/, domain/, platform/, server/ and test/.
describe("demo calendar", () => {
  const t = useTestDatabase();

  it("publishes trainings, a council meeting and organisations' events; one waits for moderation", async () => {
    const tenant = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const userIds = new Map([["ngo@demo.pozytek.pl", owner.id]]);
    const now = new Date("2026-11-24T09:00:00Z");
    await t.db.transaction(async (tx) => {
      await seedDemoOrganizations(tx, { tenantId: tenant.id, userIds, now });
      await seedDemoEvents(tx, { tenantId: tenant.id, userIds, now });
    });
    const entries = await listCalendar({
      db: t.db,
      tenantId: tenant.id,
      from: now,
      to: new Date("2027-01-01T00:00:00Z"),
    });
    expect(entries.map((e) => e.category).sort()).toEqual([
      "council",
      "organization",
      "training",
      "training",
    ]);
    const training = entries.find((e) => e.title === "Szkolenie: jak rozliczyć dotację");
    const page = await getPublicEvent({ db: t.db, tenantId: tenant.id, eventId: training?.id, now });
    expect(page.registration).toMatchObject({ capacity: 20, confirmed: 0, open: true });
    const office = await listOfficeEvents({ db: t.db, tenantId: tenant.id, staffRoles: ["coordinator"] });
    expect(office.filter((e) => e.status === "pending").map((e) => e.title)).toEqual([
      "Przedświąteczna zbiórka żywności",
    ]);
  });
});
