import { Link } from "react-router";
import {
  monthKey,
  monthOf,
  monthRange,
  monthWeeks,
  parseCategories,
  parseMonth,
  shiftMonth,
} from "~/domain/events/calendar-query";
import { listCalendar } from "~/domain/events/list-calendar";
import { warsawDateOf } from "~/platform/format/dates";
import { CalendarControls, type CalendarView, SubscribeLinks } from "../components/events/calendar-controls";
import { EventList } from "../components/events/event-list";
import { monthName } from "../components/events/labels";
import { MonthGrid } from "../components/events/month-grid";
import { servicesContext, tenantContext } from "../lib/contexts";
import { useLocale, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/kalendarz._index";
import "../components/events/events.css";

/** GET /kalendarz?miesiac=2026-12&widok=lista&kategoria=training — every view has its own address. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { db, clock } = context.get(servicesContext);
  const now = clock.now();
  const params = new URL(request.url).searchParams;
  const month = parseMonth(params.get("miesiac"), now);
  const categories = parseCategories(params.getAll("kategoria"));
  const view: CalendarView = params.get("widok") === "lista" ? "lista" : "miesiac";
  const items = await listCalendar({
    db,
    tenantId: context.get(tenantContext).id,
    ...monthRange(month),
    categories,
  });
  return {
    month,
    view,
    categories,
    weeks: monthWeeks(month),
    today: warsawDateOf(now),
    current: monthKey(monthOf(now)),
    previous: monthKey(shiftMonth(month, -1)),
    next: monthKey(shiftMonth(month, 1)),
    items: items.map(({ description: _d, url: _u, ...entry }) => entry),
  };
}

export default function Calendar({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { tenant } = useShell();
  const { month, view, items } = loaderData;
  const title = monthName(month.year, month.month, locale);
  return (
    <>
      <title>{`${t("events.calendar.title")} — ${title} — ${tenant.name}`}</title>
      <h1>{t("events.calendar.title")}</h1>
      <p className="lead">{t("events.calendar.lead")}</p>
      <p>
        <Link to="/panel/wydarzenia">{t("events.link.submit")}</Link>
      </p>
      <CalendarControls
        state={{ month: monthKey(month), view, categories: loaderData.categories }}
        previous={loaderData.previous}
        next={loaderData.next}
        current={loaderData.current}
        title={title}
      />
      <p>{t("events.calendar.count", { count: items.length })}</p>
      {view === "miesiac" ? (
        <MonthGrid
          weeks={loaderData.weeks}
          items={items}
          caption={t("events.calendar.caption", { month: title })}
          today={loaderData.today}
        />
      ) : items.length === 0 ? (
        <p>{t("events.calendar.empty")}</p>
      ) : (
        <EventList items={items} />
      )}
      <SubscribeLinks />
    </>
  );
}
