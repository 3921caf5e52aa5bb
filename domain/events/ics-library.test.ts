import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, type IcsEvent } from "./ics";

/*
 * The feeds read by an independent iCalendar library (ical.js, the one calendar clients in the
 * browser use), besides our own strict reader in ics.test.ts: what a subscriber's calendar sees.
 */

const training: IcsEvent = {
  uid: "szkolenie-42@pozytek.test",
  summary: "Szkolenie: jak rozliczyć dotację; część 1, wstęp",
  description: "Linia pierwsza\nDruga linia z „cudzysłowem” i średnikiem; koniec",
  location: "Sala 12, ul. Śląska 11/13, Częstochowa",
  url: "https://pozytek.test/kalendarz/42",
  startsAt: new Date("2026-12-03T09:00:00Z"),
  endsAt: new Date("2026-12-03T13:00:00Z"),
  cancelled: false,
  sequence: 1,
  lastModified: new Date("2026-12-01T08:00:00Z"),
  categories: ["Szkolenie"],
};

describe("the ICS feed read by ical.js", () => {
  it("parses, and every event comes back with its text, times and status", () => {
    const text = buildCalendar({
      name: "Kalendarz organizacji, Częstochowa",
      events: [training, { ...training, uid: "odwolane@pozytek.test", cancelled: true }],
      now: new Date("2026-12-01T08:00:00Z"),
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual(["szkolenie-42@pozytek.test", "odwolane@pozytek.test"]);
    const [first, second] = events;
    expect(first?.summary).toBe(training.summary);
    expect(first?.description).toBe(training.description);
    expect(first?.location).toBe(training.location);
    expect(first?.startDate.toJSDate().toISOString()).toBe(training.startsAt.toISOString());
    expect(first?.endDate.toJSDate().toISOString()).toBe(training.endsAt?.toISOString());
    expect(first?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(second?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});
