import { Link } from "react-router";
import { cancelRegistration } from "~/domain/events/cancel-registration";
import { getPublicEvent } from "~/domain/events/get-public-event";
import { registerForEvent } from "~/domain/events/register-for-event";
import { EventDetails } from "../components/events/event-details";
import { CancelRegistrationForm, RegistrationForm } from "../components/events/registration-form";
import { Notice } from "../components/organizations/form-parts";
import { servicesContext, tenantContext } from "../lib/contexts";
import { eventsNoticeOf, orEventsErrorPage, withEventsNotice } from "../lib/events/events-route.server";
import { runAction } from "../lib/http.server";
import { newsDeps, typedValues } from "../lib/news/news-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/kalendarz.$id";
import "../components/events/events.css";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { db, clock } = context.get(servicesContext);
  const event = await orEventsErrorPage(
    context,
    getPublicEvent({ db, tenantId: context.get(tenantContext).id, eventId: params.id, now: clock.now() }),
    params.id,
  );
  const token = new URL(request.url).searchParams.get("rezygnacja");
  return { event, cancelToken: token && token.length <= 200 ? token : null, notice: eventsNoticeOf(request) };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const values = typedValues(await request.formData());
  const deps = { ...newsDeps(context), eventId: params.id };
  const here = `/kalendarz/${params.id}`;
  return runAction(async () => {
    if (values.intent === "cancelRegistration") {
      await cancelRegistration({ ...deps, token: values.token });
      return withEventsNotice(here, "rezygnacja");
    }
    const { status } = await registerForEvent({ ...deps, input: values });
    return withEventsNotice(here, status);
  }, values);
}

export default function EventPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { event } = loaderData;
  const refused = actionData && !actionData.ok ? actionData : null;
  const registrationRefused = refused && refused.values.intent !== "cancelRegistration" ? refused : null;
  return (
    <>
      <title>{`${event.title} — ${t("events.calendar.title")} — ${tenant.name}`}</title>
      <p>
        <Link to="/kalendarz">{t("events.page.back")}</Link>
      </p>
      <h1 className={event.status === "cancelled" ? "event-cancelled" : undefined}>{event.title}</h1>
      <Notice messageKey={loaderData.notice} />
      {refused &&
      (!Object.keys(refused.fieldErrors).length || refused.values.intent === "cancelRegistration") ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      {loaderData.cancelToken && !loaderData.notice ? (
        <CancelRegistrationForm token={loaderData.cancelToken} />
      ) : null}
      <EventDetails event={event} />
      {event.registration ? (
        <RegistrationForm
          registration={event.registration}
          values={registrationRefused?.values}
          errors={registrationRefused?.fieldErrors}
        />
      ) : null}
    </>
  );
}
