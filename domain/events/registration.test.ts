import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../platform/db/schema/audit";
import { eventRegistrations } from "../../platform/db/schema/events";
import { isAppError } from "../../platform/errors/app-error";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { cancelEvent } from "./cancel-event";
import { cancelRegistration } from "./cancel-registration";
import { registrationCounts } from "./list-office-events";
import { registerForEvent } from "./register-for-event";
import { createCalendarWorld, createTraining, mailsTo, registrationInput } from "./testing/factories";
import { updateEvent } from "./update-event";

/** The plain cancellation token from the last mail to an address (the database holds only its hash). */
async function tokenFromMail(db: Parameters<typeof mailsTo>[0], to: string): Promise<string> {
  const mails = await mailsTo(db, to);
  const match = /rezygnacja=([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.text ?? "");
  if (!match?.[1]) throw new Error(`no cancellation link in mail to ${to}`);
  return match[1];
}

describe("registration for trainings", () => {
  const t = useTestDatabase();

  it("confirms while places last, then waits; mails say which, with the .ics and a cancel link", async () => {
    const world = await createCalendarWorld(t.db);
    const eventId = await createTraining(world);
    const results = [];
    for (const n of [1, 2, 3])
      results.push(
        await registerForEvent({ ...world.visitor(), eventId, input: registrationInput(`a${n}`) }),
      );
    expect(results.map((r) => r.status)).toEqual(["confirmed", "confirmed", "waiting"]);
    const [confirmMail] = await mailsTo(t.db, "uczestnika1@example.pl");
    expect(confirmMail?.subject).toContain("Potwierdzenie zgłoszenia");
    expect(confirmMail?.text).toContain(`/kalendarz/${eventId}.ics`);
    expect(confirmMail?.text).toContain("rezygnacja=");
    const [waitMail] = await mailsTo(t.db, "uczestnika3@example.pl");
    expect(waitMail?.subject).toContain("Lista rezerwowa");
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityType, "event_registration"), eq(auditLog.action, "event.registration.created")),
      );
    expect(audit.filter((a) => (a.after as { eventId?: string }).eventId === eventId)).toHaveLength(3);
  });

  it("never overbooks under concurrent registrations", async () => {
    const world = await createCalendarWorld(t.db);
    const eventId = await createTraining(world, { capacity: "5" });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 15 }, (_, i) =>
        registerForEvent({ ...world.visitor(`198.51.100.${i}`), eventId, input: registrationInput(`c${i}`) }),
      ),
    );
    const statuses = outcomes.map((o) => (o.status === "fulfilled" ? o.value.status : "failed"));
    expect(statuses.filter((s) => s === "failed")).toEqual([]);
    expect(statuses.filter((s) => s === "confirmed")).toHaveLength(5);
    expect(await registrationCounts(t.db, eventId)).toEqual({ confirmed: 5, waiting: 10, cancelled: 0 });
  });

  it("refuses a second registration of the same address and keeps the field error on e-mail", async () => {
    const world = await createCalendarWorld(t.db);
    const eventId = await createTraining(world);
    await registerForEvent({ ...world.visitor(), eventId, input: registrationInput("d") });
    const error = await registerForEvent({
      ...world.visitor(),
      eventId,
      input: registrationInput("d", { email: "UczestnikD@example.pl" }),
    }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("CONFLICT");
    expect(isAppError(error) && error.fieldErrors.email).toEqual(["events.error.alreadyRegistered"]);
  });

  it("validates the form: consent, e-mail, name", async () => {
    const world = await createCalendarWorld(t.db);
    const eventId = await createTraining(world);
    const error = await registerForEvent({
      ...world.visitor(),
      eventId,
      input: { name: " ", email: "nie-mail", consent: "" },
    }).catch((e: unknown) => e);
    expect(isAppError(error) && Object.keys(error.fieldErrors).sort()).toEqual(["consent", "email", "name"]);
  });

  it("a cancellation link works once and promotes the first on the waiting list", async () => {
    const world = await createCalendarWorld(t.db);
    const eventId = await createTraining(world);
    for (const n of ["e1", "e2", "e3", "e4"])
      await registerForEvent({ ...world.visitor(), eventId, input: registrationInput(n) });
    const token = await tokenFromMail(t.db, "uczestnike1@example.pl");
    const result = await cancelRegistration({ ...world.visitor(), eventId, token });
    expect(result.promoted).toBe(1);
    await expectAppError(
      cancelRegistration({ ...world.visitor(), eventId, token }),
      "GONE",
      "events.error.cancelLinkUsed",
    );
    const rows = await t.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
    const statusOf = (email: string) => rows.find((r) => r.email === email)?.status;
    expect(statusOf("uczestnike1@example.pl")).toBe("cancelled");
    expect(statusOf("uczestnike3@example.pl")).toBe("confirmed");
    expect(statusOf("uczestnike4@example.pl")).toBe("waiting");
    const promotedMail = (await mailsTo(t.db, "uczestnike3@example.pl")).at(-1);
    expect(promotedMail?.subject).toContain("Masz miejsce");
    // The promoted person's new link works; the person cancelled can register again.
    const promotedToken = await tokenFromMail(t.db, "uczestnike3@example.pl");
    await cancelRegistration({ ...world.visitor(), eventId, token: promotedToken });
    expect(await registrationCounts(t.db, eventId)).toEqual({ confirmed: 2, waiting: 0, cancelled: 2 });
    await expectAppError(cancelRegistration({ ...world.visitor(), eventId, token: "x".repeat(43) }), "GONE");
  });

  it("raising the capacity moves the waiting list up; lowering below the confirmed is refused", async () => {
    const world = await createCalendarWorld(t.db);
    const eventId = await createTraining(world);
    for (const n of ["f1", "f2", "f3"])
      await registerForEvent({ ...world.visitor(), eventId, input: registrationInput(n) });
    const form = {
      category: "training",
      title: "Szkolenie: jak rozliczyć dotację",
      startsAt: "2026-12-03 10:00",
      endsAt: "2026-12-03 14:00",
    };
    await expectAppError(
      updateEvent({ ...world.staff, eventId, expectedVersion: 1, input: { ...form, capacity: "1" } }),
      "VALIDATION",
    );
    await updateEvent({ ...world.staff, eventId, expectedVersion: 1, input: { ...form, capacity: "3" } });
    expect(await registrationCounts(t.db, eventId)).toEqual({ confirmed: 3, waiting: 0, cancelled: 0 });
    await expectAppError(
      updateEvent({ ...world.staff, eventId, expectedVersion: 1, input: { ...form, capacity: "4" } }),
      "CONFLICT",
      "events.error.changedMeanwhile",
    );
  });

  it("closes registration when the event is cancelled or has started, and mails the registered", async () => {
    const world = await createCalendarWorld(t.db);
    const eventId = await createTraining(world);
    await registerForEvent({ ...world.visitor(), eventId, input: registrationInput("g1") });
    await cancelEvent({ ...world.staff, eventId, reason: "Choroba prowadzącego" });
    expect((await mailsTo(t.db, "uczestnikg1@example.pl")).at(-1)?.subject).toContain("Odwołano");
    await expectAppError(
      registerForEvent({ ...world.visitor(), eventId, input: registrationInput("g2") }),
      "CONFLICT",
      "events.error.registrationClosed",
    );
    const started = await createTraining(world, { startsAt: "2026-11-30 10:00", endsAt: "2026-12-05 10:00" });
    await expectAppError(
      registerForEvent({ ...world.visitor(), eventId: started, input: registrationInput("g3") }),
      "CONFLICT",
      "events.error.registrationClosed",
    );
  });

  it("rate-limits registrations per IP", async () => {
    const world = await createCalendarWorld(t.db);
    const eventId = await createTraining(world, { capacity: "100" });
    for (let i = 0; i < 20; i++)
      await registerForEvent({ ...world.visitor("192.0.2.99"), eventId, input: registrationInput(`h${i}`) });
    await expectAppError(
      registerForEvent({ ...world.visitor("192.0.2.99"), eventId, input: registrationInput("h20") }),
      "RATE_LIMITED",
    );
  });
});
