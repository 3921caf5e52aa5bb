import type { CalendarEntry } from "./list-calendar";
import type { CalendarCategory } from "./rules";

/*
 * iCalendar (RFC 5545) writer for the calendar's feeds and single events. Times are UTC ("Z"),
 * which is valid everywhere and needs no VTIMEZONE; lines end with CRLF and are folded at 75
 * octets without splitting a UTF-8 character; TEXT values escape \ ; , and newlines (§3.3.11).
 */

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  sequence: number;
  lastModified: Date;
  categories: string[];
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** An instant as a UTC DATE-TIME, "20261203T090000Z". */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

const encoder = new TextEncoder();

/** Folds one content line into pieces of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

function eventLines(event: IcsEvent, now: Date): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(event.startsAt)}`,
    `DTEND:${utcStamp(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url.replace(/[\r\n]/g, "")}`] : []),
    ...(event.categories.length ? [`CATEGORIES:${event.categories.map(escapeText).join(",")}`] : []),
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    `SEQUENCE:${event.sequence}`,
    `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
    "END:VEVENT",
  ];
}

/** A whole VCALENDAR object, CRLF-terminated lines, folded. */
export function buildCalendar(options: { name: string; events: readonly IcsEvent[]; now: Date }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Pozytek//Kalendarz//PL",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...options.events.flatMap((e) => eventLines(e, options.now)),
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/** Polish names of the categories, for CATEGORIES and summaries. */
const CATEGORY_NAMES: Record<CalendarCategory, string> = {
  organization: "Wydarzenie organizacji",
  training: "Szkolenie",
  council: "Posiedzenie rady",
  deadline: "Termin składania ofert",
};

/** A calendar entry as an iCalendar event; `appUrl` gives the links and the UID's host. */
export function toIcsEvent(entry: CalendarEntry, appUrl: string): IcsEvent {
  const base = appUrl.replace(/\/$/, "");
  const host = new URL(base).hostname;
  const isDeadline = entry.kind === "deadline";
  const description = [entry.description, entry.organization ? `Organizator: ${entry.organization.name}` : ""]
    .filter(Boolean)
    .join("\n\n");
  return {
    uid: isDeadline ? `competition-deadline-${entry.competitionId}@${host}` : `event-${entry.id}@${host}`,
    summary: isDeadline ? `${CATEGORY_NAMES.deadline}: ${entry.title}` : entry.title,
    description,
    location: entry.location,
    url: isDeadline ? `${base}/konkursy/${entry.competitionId}` : `${base}/kalendarz/${entry.id}`,
    startsAt: entry.startsAt,
    endsAt: entry.endsAt,
    cancelled: entry.status === "cancelled",
    sequence: entry.version,
    lastModified: entry.updatedAt,
    categories: [CATEGORY_NAMES[entry.category]],
  };
}

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";
