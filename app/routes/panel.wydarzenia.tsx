import { Link } from "react-router";
import { listMyEventSubmissions } from "~/domain/events/list-my-event-submissions";
import { submitEvent } from "~/domain/events/submit-event";
import { listMyOrganizations } from "~/domain/organizations/list-my-organizations";
import { formatDateTime } from "~/platform/format/dates";
import { EventFields, useEventLabels } from "../components/events/event-form";
import { PostForm, SelectField } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { eventsNoticeOf, withEventsNotice } from "../lib/events/events-route.server";
import { requireUser } from "../lib/guards.server";
import { runAction } from "../lib/http.server";
import { newsDeps, typedValues } from "../lib/news/news-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.wydarzenia";
import "../components/events/events.css";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = newsDeps(context);
  const mine = await listMyOrganizations({ db, tenantId, userId: user.id });
  return {
    organizations: mine
      .filter((o) => o.status === "verified" && (o.role === "owner" || o.role === "editor"))
      .map((o) => ({ id: o.id, name: o.name })),
    submissions: await listMyEventSubmissions({ db, tenantId, userId: user.id }),
    notice: eventsNoticeOf(request),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireUser(context, request);
  const values = typedValues(await request.formData());
  return runAction(async () => {
    await submitEvent({ ...newsDeps(context), input: values });
    return withEventsNotice("/panel/wydarzenia", "submitted");
  }, values);
}

export default function SubmitEventPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const labels = useEventLabels();
  const refused = actionData && !actionData.ok ? actionData : null;
  return (
    <>
      <title>{`${t("events.submit.title")} — ${tenant.name}`}</title>
      <h1>{t("events.submit.title")}</h1>
      <p className="lead">{t("events.submit.lead")}</p>
      <Notice messageKey={loaderData.notice} />
      {loaderData.organizations.length === 0 ? (
        <div className="notice">
          <p>{t("events.submit.noOrganization")}</p>
          <p>
            <Link to="/panel">{t("news.submit.myOrganizations")}</Link>
          </p>
        </div>
      ) : (
        <PostForm>
          {refused && !Object.keys(refused.fieldErrors).length ? (
            <Notice messageKey={refused.messageKey} kind="error" />
          ) : null}
          <SelectField
            name="organizationId"
            label={labels.organizationId}
            required
            options={loaderData.organizations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={refused?.values.organizationId}
            errors={refused?.fieldErrors}
          />
          <EventFields values={refused?.values} errors={refused?.fieldErrors} />
          <button type="submit" className="primary">
            {t("events.submit.submit")}
          </button>
        </PostForm>
      )}
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t("events.submit.mine")}</h2>
        <ul>
          {loaderData.submissions.map((s) => (
            <li key={s.id}>
              {s.status === "published" || s.status === "cancelled" ? (
                <Link to={`/kalendarz/${s.id}`}>{s.title}</Link>
              ) : (
                s.title
              )}{" "}
              · {formatDateTime(s.startsAt)} · {t(`events.status.${s.status}`)}
              {s.rejectionReason ? ` · ${s.rejectionReason}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
