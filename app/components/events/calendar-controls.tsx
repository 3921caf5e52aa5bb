import { Link } from "react-router";
import { CALENDAR_CATEGORIES, type CalendarCategory } from "~/domain/events/rules";
import { useT } from "../../lib/shell";
import { categoryLabel } from "./labels";

export type CalendarView = "miesiac" | "lista";

/** The calendar page's state, all of it in the address so every view can be shared. */
export interface CalendarState {
  month: string;
  view: CalendarView;
  categories: CalendarCategory[];
}

/** The address of a calendar view. */
export function calendarHref(state: CalendarState): string {
  const params = new URLSearchParams({ miesiac: state.month });
  if (state.view === "lista") params.set("widok", "lista");
  for (const c of state.categories) params.append("kategoria", c);
  return `/kalendarz?${params.toString()}`;
}

/**
 * Month navigation, the view switch and the category filter. The filter is a plain GET form (it
 * works without JavaScript and produces a shareable address).
 */
export function CalendarControls(props: {
  state: CalendarState;
  previous: string;
  next: string;
  current: string;
  title: string;
}) {
  const t = useT();
  const { state } = props;
  return (
    <>
      <nav className="calendar-nav" aria-label={t("events.calendar.title")}>
        <Link to={calendarHref({ ...state, month: props.previous })} rel="prev">
          <span aria-hidden="true">← </span>
          {t("events.calendar.previous")}
        </Link>
        <h2 id="calendar-month" aria-live="polite">
          {props.title}
        </h2>
        <Link to={calendarHref({ ...state, month: props.next })} rel="next">
          {t("events.calendar.next")}
          <span aria-hidden="true"> →</span>
        </Link>
        {state.month !== props.current ? (
          <Link to={calendarHref({ ...state, month: props.current })}>{t("events.calendar.today")}</Link>
        ) : null}
      </nav>
      <form method="get" action="/kalendarz" className="calendar-controls">
        <input type="hidden" name="miesiac" value={state.month} />
        <fieldset>
          <legend>{t("events.calendar.view")}</legend>
          {(["miesiac", "lista"] as const).map((view) => (
            <label key={view}>
              <input type="radio" name="widok" value={view} defaultChecked={state.view === view} />{" "}
              {t(view === "miesiac" ? "events.calendar.view.month" : "events.calendar.view.list")}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("events.calendar.filter")}</legend>
          {CALENDAR_CATEGORIES.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                name="kategoria"
                value={c}
                defaultChecked={state.categories.includes(c)}
              />{" "}
              {categoryLabel(t, c)}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t("events.calendar.filter.apply")}</button>
      </form>
    </>
  );
}

/** Links to the ICS feeds: everything and each category. */
export function SubscribeLinks() {
  const t = useT();
  return (
    <p>
      {t("events.calendar.subscribe")} <a href="/kalendarz.ics">{t("events.calendar.subscribe.all")}</a>
      {CALENDAR_CATEGORIES.map((c) => (
        <span key={c}>
          {" · "}
          <a href={`/kalendarz.ics?kategoria=${c}`}>
            {t("events.calendar.subscribe.category", { category: categoryLabel(t, c) })}
          </a>
        </span>
      ))}
    </p>
  );
}
