import type { DbOrTx } from "../../platform/db/client.server";
import { type CalendarEntry, listCalendar } from "./list-calendar";
import { EVENTS_HOME_ITEMS, FEED_DAYS_AHEAD } from "./rules";

/** The next few entries of the calendar from now (cancelled ones left out), for the home page. */
export async function listUpcomingEvents(options: {
  db: DbOrTx;
  tenantId: string;
  now: Date;
  limit?: number;
}): Promise<CalendarEntry[]> {
  const entries = await listCalendar({
    db: options.db,
    tenantId: options.tenantId,
    from: options.now,
    to: new Date(options.now.getTime() + FEED_DAYS_AHEAD * 86_400_000),
  });
  return entries.filter((e) => e.status !== "cancelled").slice(0, options.limit ?? EVENTS_HOME_ITEMS);
}
