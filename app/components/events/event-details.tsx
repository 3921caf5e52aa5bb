import { Link } from "react-router";
import type { PublicEvent } from "~/domain/events/get-public-event";
import { paragraphsOf } from "~/domain/events/schemas";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { categoryLabel } from "./labels";

/** The event's facts (when, where, organiser, category) and its description. */
export function EventDetails({ event }: { event: Omit<PublicEvent, "registration"> }) {
  const t = useT();
  return (
    <>
      {event.status === "cancelled" ? (
        <div className="notice notice--error" role="status">
          <p>
            <strong>{t("events.cancelled.badge")}</strong>
          </p>
          {event.cancellationReason ? (
            <p>{t("events.cancelled.reason", { reason: event.cancellationReason })}</p>
          ) : null}
        </div>
      ) : null}
      <dl className="event-facts">
        <dt>{t("events.page.when")}</dt>
        <dd>
          <time dateTime={new Date(event.startsAt).toISOString()}>{formatDateTime(event.startsAt)}</time>
          {" – "}
          <time dateTime={new Date(event.endsAt).toISOString()}>{formatDateTime(event.endsAt)}</time>
        </dd>
        {event.location ? (
          <>
            <dt>{t("events.page.where")}</dt>
            <dd>{event.location}</dd>
          </>
        ) : null}
        <dt>{t("events.page.organizer")}</dt>
        <dd>
          {event.organization ? (
            <Link to={`/organizacje/${event.organization.id}`}>{event.organization.name}</Link>
          ) : (
            t("events.page.office")
          )}
        </dd>
        <dt>{t("events.page.category")}</dt>
        <dd>{categoryLabel(t, event.category)}</dd>
        {event.url ? (
          <>
            <dt>{t("events.page.link")}</dt>
            <dd>
              <a href={event.url} rel="noopener noreferrer">
                {event.url}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {paragraphsOf(event.description).map((p) => (
        <p key={p} className="event-description">
          {p}
        </p>
      ))}
      <p>
        <a href={`/kalendarz/${event.id}.ics`} download>
          {t("events.page.ics")}
        </a>
      </p>
    </>
  );
}
