import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { events } from "../../platform/db/schema/events";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";

/** Helpers the event use cases share: find an event in the tenant, links for mail and feeds. */

export type EventRow = typeof events.$inferSelect;

/** The event in this tenant, or NOT_FOUND (also for another tenant's id and a malformed one). */
export async function findEventInTenant(
  db: DbOrTx,
  tenantId: string,
  eventId: unknown,
  options: { lock?: boolean } = {},
): Promise<EventRow> {
  if (!isUuid(eventId)) throw new AppError("NOT_FOUND", "error.notFound");
  const query = db
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.tenantId, tenantId)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

const base = (appUrl: string) => appUrl.replace(/\/$/, "");

/** Addresses of the calendar's pages. */
export const eventLinks = {
  page: (appUrl: string, id: string) => `${base(appUrl)}/kalendarz/${id}`,
  ics: (appUrl: string, id: string) => `${base(appUrl)}/kalendarz/${id}.ics`,
  cancel: (appUrl: string, id: string, token: string) =>
    `${base(appUrl)}/kalendarz/${id}?rezygnacja=${encodeURIComponent(token)}`,
  office: (appUrl: string) => `${base(appUrl)}/urzad/kalendarz`,
  submit: (appUrl: string) => `${base(appUrl)}/panel/wydarzenia`,
};
