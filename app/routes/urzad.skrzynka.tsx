import { listInbox } from "~/domain/contact/list-inbox";
import { markMessageHandled } from "~/domain/contact/mark-message-handled";
import { InboxFilter, InboxList } from "../components/contact/inbox";
import { Notice } from "../components/organizations/form-parts";
import { runAction } from "../lib/http.server";
import { newsDeps, noticeOf, requireModerator, withNotice } from "../lib/news/news-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.skrzynka";
import "../components/news/news.css";

export async function loader({ request, context }: Route.LoaderArgs) {
  const staffRoles = requireModerator(context, request);
  const { db, tenantId } = newsDeps(context);
  const showAll = new URL(request.url).searchParams.get("pokaz") === "wszystkie";
  return {
    ...(await listInbox({ db, tenantId, staffRoles, show: showAll ? "all" : "open" })),
    showAll,
    notice: noticeOf(request, "contact"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const staffRoles = requireModerator(context, request);
  const form = await request.formData();
  return runAction(async () => {
    await markMessageHandled({ ...newsDeps(context), staffRoles, messageId: form.get("messageId") });
    return withNotice("/urzad/skrzynka", "handled");
  });
}

export default function CoordinatorInbox({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const refused = actionData && !actionData.ok ? actionData : null;
  return (
    <>
      <title>{`${t("contact.inbox.title")} — ${tenant.name}`}</title>
      <h1>{t("contact.inbox.title")}</h1>
      <p className="lead">{t("contact.inbox.lead")}</p>
      <Notice messageKey={loaderData.notice} />
      {refused ? <Notice messageKey={refused.messageKey} kind="error" /> : null}
      <InboxFilter showAll={loaderData.showAll} openCount={loaderData.openCount} />
      <InboxList items={loaderData.items} />
    </>
  );
}
