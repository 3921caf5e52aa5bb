import { reportError } from "~/domain/contact/report-error";
import { CONTACT_LIMITS } from "~/domain/contact/rules";
import { MessageForm } from "../components/contact/message-form";
import { Notice } from "../components/organizations/form-parts";
import { contactAction } from "../lib/news/contact-route.server";
import { noticeOf } from "../lib/news/news-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/zglos-blad";
import "../components/news/news.css";

/** The page the visitor came from (?strona=… from the footer link), to fill in the form. */
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const page = url.searchParams.get("strona") ?? "";
  return {
    notice: noticeOf(request, "contact"),
    pageUrl:
      page.startsWith("/") && !page.startsWith("//") && page.length <= CONTACT_LIMITS.pageUrl
        ? new URL(page, url).href
        : "",
  };
}

export function action({ request, context }: Route.ActionArgs) {
  return contactAction(request, context, reportError, "/zglos-blad");
}

export default function ReportError({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const refused = actionData && !actionData.ok ? actionData : null;
  return (
    <>
      <title>{`${t("contact.errorReport.title")} — ${tenant.name}`}</title>
      <h1>{t("contact.errorReport.title")}</h1>
      <p className="lead">{t("contact.errorReport.lead")}</p>
      <Notice messageKey={loaderData.notice} />
      <MessageForm
        kind="error_report"
        values={refused?.values ?? { pageUrl: loaderData.pageUrl }}
        errors={refused?.fieldErrors}
        formError={refused && !Object.keys(refused.fieldErrors).length ? refused.messageKey : null}
      />
    </>
  );
}
