import { and, asc, eq, gte, inArray, isNotNull, lt, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { events } from "../../platform/db/schema/events";
import { organizations } from "../../platform/db/schema/organizations";
import { CALENDAR_CATEGORIES, type CalendarCategory, DEADLINE_SLOT_MS, type StoredCategory } from "./rules";
import { PUBLIC_EVENT_STATUSES } from "./states";

/** One entry of the public calendar: a stored event or a competition's offer deadline. */
export interface CalendarEntry {
  /** The event's id, or "konkurs-<competition id>" for a deadline. */
  id: string;
  kind: "event" | "deadline";
  category: CalendarCategory;
  title: string;
  description: string;
  location: string;
  url: string | null;
  startsAt: Date;
  endsAt: Date;
  status: "published" | "cancelled";
  organization: { id: string; name: string } | null;
  /** The competition a deadline belongs to. */
  competitionId: string | null;
  capacity: number | null;
  version: number;
  updatedAt: Date;
}

export interface ListCalendarOptions {
  db: DbOrTx;
  tenantId: string;
  /** Entries overlapping [from, to). */
  from: Date;
  to: Date;
  /** Only these categories; empty or absent = all. */
  categories?: readonly CalendarCategory[];
  limit?: number;
}

/**
 * Competition statuses whose deadline the calendar shows: announced and not cancelled. A cancelled
 * competition's deadline disappears, because deadlines are derived here, never copied.
 */
const DEADLINE_STATUSES = ["published", "closed", "in_evaluation", "resolved", "archived"] as const;

/** The public calendar between two instants: published and cancelled events plus offer deadlines. */
export async function listCalendar(options: ListCalendarOptions): Promise<CalendarEntry[]> {
  const wanted = options.categories?.length ? options.categories : CALENDAR_CATEGORIES;
  const stored = wanted.filter((c): c is StoredCategory => c !== "deadline");
  const entries = [
    ...(stored.length ? await storedEvents(options, stored) : []),
    ...(wanted.includes("deadline") ? await deadlines(options) : []),
  ];
  entries.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title, "pl"));
  return options.limit ? entries.slice(0, options.limit) : entries;
}

async function storedEvents(
  options: ListCalendarOptions,
  categories: StoredCategory[],
): Promise<CalendarEntry[]> {
  const where: SQL[] = [
    eq(events.tenantId, options.tenantId),
    inArray(events.status, [...PUBLIC_EVENT_STATUSES]),
    inArray(events.category, categories),
    lt(events.startsAt, options.to),
    gte(events.endsAt, options.from),
  ];
  const rows = await options.db
    .select({ event: events, organizationName: organizations.name })
    .from(events)
    .leftJoin(organizations, eq(organizations.id, events.organizationId))
    .where(and(...where))
    .orderBy(asc(events.startsAt))
    .limit(options.limit ?? 2_000);
  return rows.map(({ event, organizationName }) => ({
    id: event.id,
    kind: "event",
    category: event.category,
    title: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    status: event.status === "cancelled" ? "cancelled" : "published",
    organization:
      event.organizationId && organizationName ? { id: event.organizationId, name: organizationName } : null,
    competitionId: null,
    capacity: event.capacity,
    version: event.version,
    updatedAt: event.updatedAt,
  }));
}

async function deadlines(options: ListCalendarOptions): Promise<CalendarEntry[]> {
  const rows = await options.db
    .select({
      id: competitions.id,
      title: competitions.title,
      offerDeadline: competitions.offerDeadline,
      version: competitions.version,
      updatedAt: competitions.updatedAt,
    })
    .from(competitions)
    .where(
      and(
        eq(competitions.tenantId, options.tenantId),
        inArray(competitions.status, [...DEADLINE_STATUSES]),
        isNotNull(competitions.publishedAt),
        gte(competitions.offerDeadline, options.from),
        lt(competitions.offerDeadline, options.to),
      ),
    )
    .limit(options.limit ?? 2_000);
  return rows.flatMap((c) =>
    c.offerDeadline
      ? [
          {
            id: `konkurs-${c.id}`,
            kind: "deadline" as const,
            category: "deadline" as const,
            title: c.title,
            description: "",
            location: "",
            url: null,
            startsAt: new Date(c.offerDeadline.getTime() - DEADLINE_SLOT_MS),
            endsAt: c.offerDeadline,
            status: "published" as const,
            organization: null,
            competitionId: c.id,
            capacity: null,
            version: c.version,
            updatedAt: c.updatedAt,
          },
        ]
      : [],
  );
}
