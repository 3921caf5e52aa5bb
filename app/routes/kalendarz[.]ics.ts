import { parseCategories } from "~/domain/events/calendar-query";
import { buildCalendar, toIcsEvent } from "~/domain/events/ics";
import { listCalendar } from "~/domain/events/list-calendar";
import { FEED_DAYS_AHEAD, FEED_DAYS_BACK } from "~/domain/events/rules";
import { translator } from "../i18n/catalog";
import { absoluteUrl } from "../lib/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { icsResponse } from "../lib/events/events-route.server";
import type { Route } from "./+types/kalendarz[.]ics";

const DAY_MS = 86_400_000;

/** GET /kalendarz.ics — the whole calendar (or ?kategoria=training…) as an iCalendar feed. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { db, clock } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  const now = clock.now();
  const categories = parseCategories(new URL(request.url).searchParams.getAll("kategoria"));
  const entries = await listCalendar({
    db,
    tenantId: tenant.id,
    from: new Date(now.getTime() - FEED_DAYS_BACK * DAY_MS),
    to: new Date(now.getTime() + FEED_DAYS_AHEAD * DAY_MS),
    categories,
  });
  const base = absoluteUrl(request, "/");
  const body = buildCalendar({
    name: translator("pl")("events.feed.title", { tenant: tenant.name }),
    events: entries.map((e) => toIcsEvent(e, base)),
    now,
  });
  return icsResponse(body, "kalendarz.ics");
}
