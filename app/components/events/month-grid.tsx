import { daysOf } from "~/domain/events/calendar-query";
import { useT } from "../../lib/shell";
import { EntryLink, type EntrySummary } from "./event-list";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The month as a data table (WCAG 1.3.1): a caption naming the month, weekday column headers with
 * their full names for screen readers, one cell per day holding its events as links.
 */
export function MonthGrid(props: {
  weeks: (string | null)[][];
  items: readonly EntrySummary[];
  caption: string;
  today: string;
}) {
  const t = useT();
  const byDay = new Map<string, EntrySummary[]>();
  for (const entry of props.items)
    for (const day of daysOf({ startsAt: new Date(entry.startsAt), endsAt: new Date(entry.endsAt) }))
      byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  return (
    <div className="table-scroll">
      <table className="calendar-grid">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col">
                <abbr title={t(`events.weekday.${d}`)}>{t(`events.weekday.short.${d}`)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.weeks.map((week) => (
            <tr key={week.find(Boolean) ?? "empty"}>
              {week.map((day, i) =>
                day ? (
                  <td
                    key={day}
                    className={day === props.today ? "calendar-grid__today" : undefined}
                    aria-current={day === props.today ? "date" : undefined}
                  >
                    <span className="calendar-grid__day">
                      <time dateTime={day}>{Number(day.slice(8))}</time>
                    </span>
                    {byDay.get(day)?.length ? (
                      <ul>
                        {byDay.get(day)?.map((entry) => (
                          <li key={entry.id}>
                            <EntryLink entry={entry} withTime />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: empty cells have nothing else to key on
                  <td key={`empty-${i}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
