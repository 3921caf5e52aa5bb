import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, type IcsEvent } from "./ics";
import { parseIcs, textOf } from "./testing/ics-reader";

const sample: IcsEvent = {
  uid: "event-1@pozytek.test",
  summary: "Szkolenie: jak rozliczyć dotację; część 1, wstęp",
  description: `Linia pierwsza\nC:\\dokumenty; „cytat”, ${"żółć ".repeat(40)}`,
  location: "Sala 12, ul. Śląska 11/13",
  url: "https://pozytek.test/kalendarz/1",
  startsAt: new Date("2026-12-03T09:00:00Z"),
  endsAt: new Date("2026-12-03T13:00:00Z"),
  cancelled: false,
  sequence: 2,
  lastModified: new Date("2026-12-01T08:00:00Z"),
  categories: ["Szkolenie"],
};

describe("iCalendar writer", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets without splitting a Polish letter", () => {
    const line = `DESCRIPTION:${"ż".repeat(100)}`;
    const folded = foldLine(line).split("\r\n");
    for (const piece of folded) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(folded.join("")).not.toContain("\uFFFD");
  });

  it("writes a calendar a strict reader accepts, with every value round-tripping", () => {
    const now = new Date("2026-12-01T08:00:00Z");
    const text = buildCalendar({
      name: "Kalendarz, Częstochowa",
      events: [sample, { ...sample, uid: "x@y", cancelled: true }],
      now,
    });
    const parsed = parseIcs(text);
    expect(parsed.calendar.find((p) => p.name === "VERSION")?.value).toBe("2.0");
    expect(parsed.events).toHaveLength(2);
    const [first, second] = parsed.events;
    expect(textOf(first!, "SUMMARY")).toBe(sample.summary);
    expect(textOf(first!, "DESCRIPTION")).toBe(sample.description);
    expect(textOf(first!, "LOCATION")).toBe(sample.location);
    expect(textOf(first!, "DTSTART")).toBe("20261203T090000Z");
    expect(textOf(first!, "DTEND")).toBe("20261203T130000Z");
    expect(textOf(first!, "DTSTAMP")).toBe("20261201T080000Z");
    expect(textOf(first!, "STATUS")).toBe("CONFIRMED");
    expect(textOf(first!, "URL")).toBe(sample.url);
    expect(textOf(second!, "STATUS")).toBe("CANCELLED");
  });

  it("the strict reader refuses what RFC 5545 forbids", () => {
    expect(() => parseIcs("BEGIN:VCALENDAR\nEND:VCALENDAR\n")).toThrow();
    expect(() => parseIcs(`BEGIN:VCALENDAR\r\nX:${"a".repeat(80)}\r\nEND:VCALENDAR\r\n`)).toThrow();
    expect(() =>
      parseIcs(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260101T000000Z\r\nSUMMARY:a,b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      ),
    ).toThrow(/escaped/);
  });
});
