import { Link } from "react-router";
import type { OfficeEvent } from "~/domain/events/list-office-events";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { Field, type FieldErrors, PostForm } from "../forms";
import { EventFields, localInput } from "./event-form";
import { categoryLabel } from "./labels";

/** A refused form of the office page: which event and which form, with errors and typed values. */
export interface OfficeRefusal {
  eventId: string | null;
  intent: string;
  errors: FieldErrors;
  values: Record<string, string>;
}

export function refusalFor(refusal: OfficeRefusal | null, eventId: string | null, intent: string) {
  return refusal && refusal.eventId === eventId && refusal.intent === intent ? refusal : null;
}

function formValues(event: OfficeEvent): Record<string, string> {
  return {
    category: event.category,
    title: event.title,
    description: event.description,
    location: event.location,
    url: event.url ?? "",
    startsAt: localInput(event.startsAt),
    endsAt: localInput(event.endsAt),
    capacity: event.capacity === null ? "" : String(event.capacity),
  };
}

function Hidden({ event, intent }: { event: OfficeEvent; intent: string }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="eventId" value={event.id} />
    </>
  );
}

/** One event in the back office: its facts, and the forms its status allows. */
export function OfficeEventCard({ event, refusal }: { event: OfficeEvent; refusal: OfficeRefusal | null }) {
  const t = useT();
  const prefix = `e${event.id.slice(0, 8)}`;
  const edit = refusalFor(refusal, event.id, "edit");
  const reject = refusalFor(refusal, event.id, "reject");
  const cancel = refusalFor(refusal, event.id, "cancel");
  return (
    <article className="office-event" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>
        {event.status === "published" || event.status === "cancelled" ? (
          <Link to={`/kalendarz/${event.id}`}>{event.title}</Link>
        ) : (
          event.title
        )}
      </h3>
      <p className="news-meta">
        {t(`events.status.${event.status}`)} · {categoryLabel(t, event.category)} ·{" "}
        {formatDateTime(event.startsAt)}
        {event.organizationName ? ` · ${event.organizationName}` : ""}
      </p>
      {event.capacity !== null ? (
        <p>
          {t("events.office.registrations", { confirmed: event.confirmed, waiting: event.waiting })} /{" "}
          {event.capacity} ·{" "}
          <Link to={`/urzad/kalendarz?zapisy=${event.id}#zapisy`}>
            {t("events.office.registrations.show")}
          </Link>
        </p>
      ) : null}
      {event.status === "pending" ? (
        <>
          <PostForm>
            <Hidden event={event} intent="approve" />
            <button type="submit" className="primary">
              {t("events.office.approve")}
            </button>
          </PostForm>
          <PostForm>
            <Hidden event={event} intent="reject" />
            <Field
              name="reason"
              label={t("events.field.reason")}
              required
              multiline
              idPrefix={`${prefix}-reject`}
              errors={reject?.errors}
              defaultValue={reject?.values.reason}
            />
            <button type="submit">{t("events.office.reject")}</button>
          </PostForm>
        </>
      ) : null}
      {event.status === "pending" || event.status === "published" ? (
        <details open={!!edit}>
          <summary>{t("events.office.edit")}</summary>
          <PostForm>
            <Hidden event={event} intent="edit" />
            <input type="hidden" name="expectedVersion" value={event.version} />
            <EventFields
              staff
              values={edit?.values ?? formValues(event)}
              errors={edit?.errors}
              idPrefix={prefix}
            />
            <button type="submit">{t("events.office.save")}</button>
          </PostForm>
        </details>
      ) : null}
      {event.status === "published" ? (
        <details open={!!cancel}>
          <summary>{t("events.office.cancel")}</summary>
          <PostForm>
            <Hidden event={event} intent="cancel" />
            <Field
              name="reason"
              label={t("events.office.cancel.reason")}
              multiline
              idPrefix={`${prefix}-cancel`}
              errors={cancel?.errors}
              defaultValue={cancel?.values.reason}
            />
            <button type="submit">{t("events.office.cancel")}</button>
          </PostForm>
        </details>
      ) : null}
    </article>
  );
}

export interface RegistrationRow {
  id: string;
  name: string;
  email: string;
  organizationName: string | null;
  status: "confirmed" | "waiting" | "cancelled";
  createdAt: Date;
}

/** The registrations of one training: confirmed, then the waiting list in order, then those who left. */
export function RegistrationsTable({ title, rows }: { title: string; rows: readonly RegistrationRow[] }) {
  const t = useT();
  return (
    <section id="zapisy" aria-labelledby="zapisy-title">
      <h2 id="zapisy-title">
        {t("events.office.registrations.show")}: {title}
      </h2>
      {rows.length === 0 ? (
        <p>{t("events.office.registrations.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("events.office.col.position")}</th>
                <th scope="col">{t("events.office.col.name")}</th>
                <th scope="col">{t("events.office.col.email")}</th>
                <th scope="col">{t("events.office.col.organization")}</th>
                <th scope="col">{t("events.office.col.status")}</th>
                <th scope="col">{t("events.office.col.at")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.id}>
                  <td>{i + 1}</td>
                  <td>{r.name}</td>
                  <td>{r.email}</td>
                  <td>{r.organizationName ?? ""}</td>
                  <td>{t(`events.registrationStatus.${r.status}`)}</td>
                  <td>{formatDateTime(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
