import { type ApiEventList, EventsQuerySchema, queryWindow, toApiEvent } from "~/domain/events/api-schemas";
import { listCalendar } from "~/domain/events/list-calendar";
import { queryToObject } from "~/domain/portal/api-schemas";
import { toWarsawIso } from "~/platform/format/dates";
import { absoluteUrl, apiBadRequest, apiJson, apiOtherMethods } from "../lib/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import type { Route } from "./+types/api.v1.events";

/** GET /api/v1/events?from=&to=&category= — the public calendar, public fields only (see /api/v1/openapi.json). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const parsed = EventsQuerySchema.safeParse(queryToObject(new URL(request.url).searchParams));
  if (!parsed.success)
    return apiBadRequest(
      parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), messageKey: i.message })),
    );
  const { db, clock } = context.get(servicesContext);
  const window = queryWindow(parsed.data, clock.now());
  const entries = await listCalendar({
    db,
    tenantId: context.get(tenantContext).id,
    ...window,
    categories: parsed.data.category ? [parsed.data.category] : undefined,
  });
  const base = absoluteUrl(request, "/");
  const body: ApiEventList = {
    items: entries.map((e) => toApiEvent(e, base)),
    from: toWarsawIso(window.from),
    to: toWarsawIso(window.to),
  };
  return apiJson(body);
}

export const action = apiOtherMethods;
