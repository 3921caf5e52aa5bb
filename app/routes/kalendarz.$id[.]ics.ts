import { getPublicEvent } from "~/domain/events/get-public-event";
import { buildCalendar, toIcsEvent } from "~/domain/events/ics";
import { translator } from "../i18n/catalog";
import { absoluteUrl } from "../lib/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { icsResponse, orEventsErrorPage } from "../lib/events/events-route.server";
import type { Route } from "./+types/kalendarz.$id[.]ics";

/** GET /kalendarz/:id.ics — one published event as an iCalendar file. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { db, clock } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  const now = clock.now();
  const event = await orEventsErrorPage(
    context,
    getPublicEvent({ db, tenantId: tenant.id, eventId: params.id, now }),
    params.id,
  );
  const body = buildCalendar({
    name: translator("pl")("events.feed.title", { tenant: tenant.name }),
    events: [toIcsEvent(event, absoluteUrl(request, "/"))],
    now,
  });
  return icsResponse(body, `wydarzenie-${event.id}.ics`);
}
