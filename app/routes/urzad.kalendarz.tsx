import { cancelEvent } from "~/domain/events/cancel-event";
import { createEvent } from "~/domain/events/create-event";
import { decideEvent } from "~/domain/events/decide-event";
import { listEventRegistrations, listOfficeEvents } from "~/domain/events/list-office-events";
import { updateEvent } from "~/domain/events/update-event";
import { EventFields } from "../components/events/event-form";
import {
  OfficeEventCard,
  type OfficeRefusal,
  RegistrationsTable,
  refusalFor,
} from "../components/events/office-events";
import { PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { eventsNoticeOf, withEventsNotice } from "../lib/events/events-route.server";
import { runAction } from "../lib/http.server";
import { newsDeps, requireModerator, typedValues } from "../lib/news/news-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.kalendarz";
import "../components/events/events.css";

const HERE = "/urzad/kalendarz";

export async function loader({ request, context }: Route.LoaderArgs) {
  const staffRoles = requireModerator(context, request);
  const { db, tenantId } = newsDeps(context);
  const events = await listOfficeEvents({ db, tenantId, staffRoles });
  const shown = events.find((e) => e.id === new URL(request.url).searchParams.get("zapisy"));
  return {
    events,
    registrations: shown
      ? {
          title: shown.title,
          rows: await listEventRegistrations({ db, tenantId, staffRoles, eventId: shown.id }),
        }
      : null,
    notice: eventsNoticeOf(request),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const staffRoles = requireModerator(context, request);
  const values = typedValues(await request.formData());
  const deps = { ...newsDeps(context), staffRoles, eventId: values.eventId };
  return runAction(async () => {
    switch (values.intent) {
      case "approve":
        await decideEvent({ ...deps, approve: true });
        return withEventsNotice(HERE, "approved");
      case "reject":
        await decideEvent({ ...deps, approve: false, reason: values.reason });
        return withEventsNotice(HERE, "rejected");
      case "edit":
        await updateEvent({ ...deps, expectedVersion: values.expectedVersion, input: values });
        return withEventsNotice(HERE, "edited");
      case "cancel":
        await cancelEvent({ ...deps, reason: values.reason });
        return withEventsNotice(HERE, "cancelled");
      default:
        await createEvent({ ...deps, input: values });
        return withEventsNotice(HERE, "created");
    }
  }, values);
}

export default function OfficeCalendar({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const failed = actionData && !actionData.ok ? actionData : null;
  const refusal: OfficeRefusal | null = failed
    ? {
        eventId: failed.values.eventId ?? null,
        intent: failed.values.intent ?? "create",
        errors: failed.fieldErrors,
        values: failed.values,
      }
    : null;
  const create = refusalFor(refusal, null, "create");
  const pending = loaderData.events.filter((e) => e.status === "pending");
  const others = loaderData.events.filter((e) => e.status !== "pending");
  return (
    <>
      <title>{`${t("events.office.title")} — ${tenant.name}`}</title>
      <h1>{t("events.office.title")}</h1>
      <p className="lead">{t("events.office.lead")}</p>
      <Notice messageKey={loaderData.notice} />
      {failed ? <Notice messageKey={failed.messageKey} kind="error" /> : null}
      {loaderData.registrations ? (
        <RegistrationsTable title={loaderData.registrations.title} rows={loaderData.registrations.rows} />
      ) : null}
      <section aria-labelledby="pending-title">
        <h2 id="pending-title">{t("events.office.pending", { count: pending.length })}</h2>
        {pending.length === 0 ? <p>{t("events.office.pending.empty")}</p> : null}
        {pending.map((event) => (
          <OfficeEventCard key={event.id} event={event} refusal={refusal} />
        ))}
      </section>
      <section aria-labelledby="create-title">
        <h2 id="create-title">{t("events.office.create")}</h2>
        <PostForm>
          <input type="hidden" name="intent" value="create" />
          <EventFields staff values={create?.values} errors={create?.errors} idPrefix="f" />
          <button type="submit" className="primary">
            {t("events.office.create")}
          </button>
        </PostForm>
      </section>
      <section aria-labelledby="all-title">
        <h2 id="all-title">{t("events.office.all")}</h2>
        {others.length === 0 ? <p>{t("events.office.empty")}</p> : null}
        {others.map((event) => (
          <OfficeEventCard key={event.id} event={event} refusal={refusal} />
        ))}
      </section>
    </>
  );
}
