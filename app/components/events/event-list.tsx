import { Link } from "react-router";
import type { CalendarEntry } from "~/domain/events/list-calendar";
import { formatDate } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { categoryLabel, warsawTime } from "./labels";

/** What the calendar's views need of an entry. */
export type EntrySummary = Pick<
  CalendarEntry,
  "id" | "kind" | "category" | "title" | "location" | "startsAt" | "endsAt" | "status" | "competitionId"
> & { organization: { name: string } | null };

/** The page of an entry: the event's, or the competition's for a deadline. */
export function entryHref(entry: Pick<EntrySummary, "id" | "kind" | "competitionId">): string {
  return entry.kind === "deadline" ? `/konkursy/${entry.competitionId}` : `/kalendarz/${entry.id}`;
}

/** The entry's title as a link, with "Odwołane" when cancelled and the deadline's wording. */
export function EntryLink({ entry, withTime = false }: { entry: EntrySummary; withTime?: boolean }) {
  const t = useT();
  const cancelled = entry.status === "cancelled";
  const time =
    entry.kind === "deadline"
      ? t("events.deadline.at", { time: warsawTime(entry.endsAt) })
      : warsawTime(entry.startsAt);
  return (
    <>
      {withTime ? <span>{time} </span> : null}
      <Link to={entryHref(entry)} className={cancelled ? "event-cancelled" : undefined}>
        {entry.kind === "deadline" ? t("events.deadline.prefix", { title: entry.title }) : entry.title}
      </Link>
      {cancelled ? <span className="event-badge">{t("events.cancelled.badge")}</span> : null}
    </>
  );
}

/** Entries as a list, earliest first, each with its date, time, category and place. */
export function EventList({
  items,
  headingLevel = 3,
}: {
  items: readonly EntrySummary[];
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="calendar-list">
      {items.map((entry) => (
        <li key={entry.id}>
          <Heading>
            <EntryLink entry={entry} />
          </Heading>
          <p className="news-meta">
            <time
              dateTime={new Date(entry.kind === "deadline" ? entry.endsAt : entry.startsAt).toISOString()}
            >
              {formatDate(entry.kind === "deadline" ? entry.endsAt : entry.startsAt)},{" "}
              {entry.kind === "deadline"
                ? t("events.deadline.at", { time: warsawTime(entry.endsAt) })
                : `${warsawTime(entry.startsAt)}–${warsawTime(entry.endsAt)}`}
            </time>
            {" · "}
            <span className="event-category">{categoryLabel(t, entry.category)}</span>
            {entry.location ? ` · ${entry.location}` : ""}
            {entry.organization ? ` · ${entry.organization.name}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}
