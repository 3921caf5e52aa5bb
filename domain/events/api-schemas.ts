import { toWarsawIso, warsawDateOf } from "../../platform/format/dates";
import { z } from "../../platform/validation/zod-messages";
import { warsawMidnight } from "./calendar-query";
import type { CalendarEntry } from "./list-calendar";
import { CALENDAR_CATEGORIES, EVENTS_MAX_RANGE_DAYS } from "./rules";

/*
 * GET /api/v1/events: the query and the answer, declared once (the route, the tests and the
 * OpenAPI document use these). Only published (and cancelled, marked) events and the deadlines of
 * announced competitions; never registrations, submitters or reasons of rejection.
 */

const IsoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "events.error.dateFormat")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && v >= "2000-01-01" && v <= "2100-12-31", {
    message: "events.error.dateFormat",
  });

export const EventsQuerySchema = z
  .object({
    from: IsoDate.optional().describe("Pierwszy dzień (RRRR-MM-DD, czas warszawski); domyślnie dziś."),
    to: IsoDate.optional().describe(
      `Dzień po ostatnim (RRRR-MM-DD); domyślnie 90 dni po "from"; najwyżej ${EVENTS_MAX_RANGE_DAYS} dni.`,
    ),
    category: z.enum(CALENDAR_CATEGORIES).optional().describe("Tylko jedna kategoria."),
  })
  .refine((q) => !q.from || !q.to || q.to > q.from, { path: ["to"], message: "events.error.rangeOrder" })
  .refine(
    (q) => !q.from || !q.to || (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= EVENTS_MAX_RANGE_DAYS,
    { path: ["to"], message: "events.error.rangeTooLong" },
  );
export type EventsQuery = z.output<typeof EventsQuerySchema>;

/** The query's window as instants (Warsaw midnights), with the defaults filled in. */
export function queryWindow(query: EventsQuery, now: Date): { from: Date; to: Date } {
  const fromDay = query.from ?? warsawDateOf(now);
  const from = warsawMidnight(fromDay);
  const to = query.to ? warsawMidnight(query.to) : new Date(from.getTime() + 90 * 86_400_000);
  return { from, to };
}

export const ApiEventSchema = z
  .strictObject({
    id: z.string().describe('Identyfikator wydarzenia lub "konkurs-<id>" dla terminu składania ofert.'),
    category: z.enum(CALENDAR_CATEGORIES),
    title: z.string(),
    description: z.string(),
    location: z.string(),
    startsAt: IsoWithOffset.describe("Początek (czas warszawski z przesunięciem)."),
    endsAt: IsoWithOffset.describe("Koniec; dla terminu składania ofert — sam termin."),
    status: z.enum(["published", "cancelled"]),
    organization: z
      .strictObject({ id: z.uuid(), name: z.string(), profileUrl: z.url() })
      .nullable()
      .describe("Organizator spoza urzędu, jeśli jest."),
    link: z.url().nullable().describe("Strona organizatora lub adres webinaru."),
    url: z.url().describe("Strona wydarzenia (lub konkursu) w portalu."),
    icsUrl: z.url().nullable().describe("Wydarzenie jako plik iCalendar."),
  })
  .describe("Wydarzenie z kalendarza portalu.");
export type ApiEvent = z.output<typeof ApiEventSchema>;

export const ApiEventListSchema = z
  .strictObject({
    items: z.array(ApiEventSchema),
    from: IsoWithOffset,
    to: IsoWithOffset,
  })
  .describe("Wydarzenia w przedziale [from, to), od najwcześniejszego.");
export type ApiEventList = z.output<typeof ApiEventListSchema>;

/** A calendar entry as the API answers it; `baseUrl` is the portal's address. */
export function toApiEvent(entry: CalendarEntry, baseUrl: string): ApiEvent {
  const base = baseUrl.replace(/\/$/, "");
  const isDeadline = entry.kind === "deadline";
  return {
    id: entry.id,
    category: entry.category,
    title: entry.title,
    description: entry.description,
    location: entry.location,
    startsAt: toWarsawIso(entry.startsAt),
    endsAt: toWarsawIso(entry.endsAt),
    status: entry.status,
    organization: entry.organization
      ? { ...entry.organization, profileUrl: `${base}/organizacje/${entry.organization.id}` }
      : null,
    link: entry.url,
    url: isDeadline ? `${base}/konkursy/${entry.competitionId}` : `${base}/kalendarz/${entry.id}`,
    icsUrl: isDeadline ? null : `${base}/kalendarz/${entry.id}.ics`,
  };
}
