import { sendContactMessage } from "~/domain/contact/send-contact-message";
import { MessageForm } from "../components/contact/message-form";
import { Notice } from "../components/organizations/form-parts";
import { contactAction } from "../lib/news/contact-route.server";
import { noticeOf } from "../lib/news/news-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/kontakt";
import "../components/news/news.css";

export function loader({ request }: Route.LoaderArgs) {
  return { notice: noticeOf(request, "contact") };
}

export function action({ request, context }: Route.ActionArgs) {
  return contactAction(request, context, sendContactMessage, "/kontakt");
}

export default function Contact({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const refused = actionData && !actionData.ok ? actionData : null;
  return (
    <>
      <title>{`${t("contact.title")} — ${tenant.name}`}</title>
      <h1>{t("contact.title")}</h1>
      <p className="lead">{t("contact.lead")}</p>
      <Notice messageKey={loaderData.notice} />
      <MessageForm
        kind="contact"
        values={refused?.values}
        errors={refused?.fieldErrors}
        formError={refused && !Object.keys(refused.fieldErrors).length ? refused.messageKey : null}
      />
    </>
  );
}
