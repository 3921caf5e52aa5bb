import type { RouterContextProvider } from "react-router";
import { orRefusalPage, redirectWithNotice } from "../http.server";

/** Server helpers of the calendar's routes: notices after a redirect, error pages, ICS answers. */

type Context = Readonly<RouterContextProvider>;

const NOTICES = {
  confirmed: "events.notice.confirmed",
  waiting: "events.notice.waiting",
  rezygnacja: "events.notice.cancelledRegistration",
  submitted: "events.notice.submitted",
  created: "events.office.notice.created",
  edited: "events.office.notice.edited",
  approved: "events.office.notice.approved",
  rejected: "events.office.notice.rejected",
  cancelled: "events.office.notice.cancelled",
} as const;
export type EventsNotice = keyof typeof NOTICES;

/** The success message a page shows after a redirect (?komunikat=…); anything else is ignored. */
export function eventsNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat") ?? "";
  return Object.hasOwn(NOTICES, name) ? NOTICES[name as EventsNotice] : null;
}

export function withEventsNotice(path: string, notice: EventsNotice) {
  return redirectWithNotice(path, notice);
}

/** For loaders: an AppError becomes its error page (a NOT_FOUND audited, see refusalPage). */
export function orEventsErrorPage<T>(context: Context, promise: Promise<T>, id: unknown): Promise<T> {
  return orRefusalPage(context, promise, { type: "event", id });
}

/** An iCalendar answer: text/calendar in UTF-8, cacheable, open to other sites' calendars. */
export function icsResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${filename}"`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
