import { Link } from "react-router";
import { useT } from "../../lib/shell";
import { type EntrySummary, EventList } from "./event-list";

/** The next events of the calendar on the home page, with the way to the whole calendar. */
export function UpcomingEvents({ items }: { items: readonly EntrySummary[] }) {
  const t = useT();
  return (
    <section aria-labelledby="home-events">
      <h2 id="home-events">{t("events.home.title")}</h2>
      {items.length === 0 ? <p>{t("events.home.empty")}</p> : <EventList items={items} />}
      <p>
        <Link to="/kalendarz">{t("events.home.all")}</Link>
      </p>
    </section>
  );
}
