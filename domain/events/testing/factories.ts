import { eq } from "drizzle-orm";
import { fixedClock } from "../../../platform/clock/clock";
import type { Db } from "../../../platform/db/client.server";
import { staffRoles } from "../../../platform/db/schema/identity";
import { mailOutbox } from "../../../platform/db/schema/mail";
import {
  actorOf,
  createTestOrganization,
  createTestTenant,
  createTestUser,
  TEST_APP_URL,
} from "../../organizations/testing/factories";
import { createEvent } from "../create-event";

/** Test factories for the calendar: real rows through the real use cases, never mocks. */

/** "Now" of the calendar's tests: 1 December 2026, 09:00 Warsaw. */
export const calendarClock = () => fixedClock("2026-12-01T08:00:00Z");

/** A tenant with a coordinator, a verified organisation (owner) and a stranger. */
export async function createCalendarWorld(db: Db) {
  const tenant = await createTestTenant(db, { name: "Gmina Miasto Częstochowa" });
  const coordinator = await createTestUser(db, { name: "Katarzyna Koordynatorska" });
  await db.insert(staffRoles).values({ tenantId: tenant.id, userId: coordinator.id, role: "coordinator" });
  const owner = await createTestUser(db);
  const stranger = await createTestUser(db);
  const organizationId = await createTestOrganization(db, {
    tenantId: tenant.id,
    owner,
    status: "verified",
    profile: { name: "Fundacja Oczami Brata" },
  });
  const clock = calendarClock();
  const base = { db, tenantId: tenant.id, clock, appUrl: TEST_APP_URL, tenantName: tenant.name };
  return {
    tenant,
    coordinator,
    owner,
    stranger,
    organizationId,
    clock,
    base,
    staff: { ...base, actor: actorOf(coordinator), staffRoles: ["coordinator"] as const },
    visitor: (ip = "203.0.113.7") => ({ ...base, actor: { userId: null, label: "anonymous", ip } }),
  };
}
export type CalendarWorld = Awaited<ReturnType<typeof createCalendarWorld>>;

/** A training with the given capacity on 3 December 2026, 10:00–14:00 Warsaw. */
export async function createTraining(world: CalendarWorld, overrides: Record<string, unknown> = {}) {
  const { eventId } = await createEvent({
    ...world.staff,
    input: {
      category: "training",
      title: "Szkolenie: jak rozliczyć dotację",
      description: "Sprawozdanie, faktury; wkład osobowy\\własny.",
      location: "Urząd Miasta, sala 12, ul. Śląska 11/13",
      startsAt: "2026-12-03 10:00",
      endsAt: "2026-12-03 14:00",
      capacity: "2",
      ...overrides,
    },
  });
  return eventId;
}

/** A registration form's fields. */
export function registrationInput(n: number | string, overrides: Record<string, unknown> = {}) {
  return { name: `Uczestnik ${n}`, email: `uczestnik${n}@example.pl`, consent: "on", ...overrides };
}

/** Mail queued to one address, oldest first. */
export async function mailsTo(db: Db, to: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(mailOutbox.createdAt);
}

export { TEST_APP_URL };
