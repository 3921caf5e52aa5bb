import { approveNews } from "~/domain/news/approve-news";
import { archiveNews } from "~/domain/news/archive-news";
import { editNews } from "~/domain/news/edit-news";
import { listModerationQueue } from "~/domain/news/list-moderation-queue";
import { publishNews } from "~/domain/news/publish-news";
import { rejectNews } from "~/domain/news/reject-news";
import {
  DirectPublishForm,
  type ModerationRefusal,
  PendingNews,
  PublishedNewsRow,
} from "../components/news/moderation";
import { Notice } from "../components/organizations/form-parts";
import { runAction } from "../lib/http.server";
import {
  newsDeps,
  noticeOf,
  readNewsForm,
  requireModerator,
  typedValues,
  uploadedImage,
  uploadTooLargeFailure,
  withNotice,
} from "../lib/news/news-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.aktualnosci";
import "../components/news/news.css";

const HERE = "/urzad/aktualnosci";

export async function loader({ request, context }: Route.LoaderArgs) {
  const staffRoles = requireModerator(context, request);
  const { db, tenantId } = newsDeps(context);
  return {
    ...(await listModerationQueue({ db, tenantId, staffRoles })),
    notice: noticeOf(request, "news"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const staffRoles = requireModerator(context, request);
  const form = await readNewsForm(request);
  if (!form) return uploadTooLargeFailure();
  const values = typedValues(form);
  const deps = { ...newsDeps(context), staffRoles, newsId: values.newsId };
  return runAction(async () => {
    switch (values.intent) {
      case "approve":
        await approveNews(deps);
        return withNotice(HERE, "approved");
      case "reject":
        await rejectNews({ ...deps, reason: values.reason });
        return withNotice(HERE, "rejected");
      case "edit":
        await editNews({ ...deps, expectedVersion: Number(values.expectedVersion), content: values });
        return withNotice(HERE, "edited");
      case "archive":
        await archiveNews(deps);
        return withNotice(HERE, "archived");
      default: {
        await publishNews({ ...deps, content: values, image: await uploadedImage(form) });
        return withNotice(HERE, "published");
      }
    }
  }, values);
}

export default function NewsModeration({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const failed = actionData && !actionData.ok ? actionData : null;
  const refusal: ModerationRefusal | null = failed
    ? {
        newsId: failed.values.newsId ?? null,
        intent: failed.values.intent ?? "publish",
        errors: failed.fieldErrors,
        values: failed.values,
      }
    : null;
  return (
    <>
      <title>{`${t("news.moderation.title")} — ${tenant.name}`}</title>
      <h1>{t("news.moderation.title")}</h1>
      <p className="lead">{t("news.moderation.lead")}</p>
      <Notice messageKey={loaderData.notice} />
      {failed ? <Notice messageKey={failed.messageKey} kind="error" /> : null}
      <section aria-labelledby="pending-title">
        <h2 id="pending-title">{t("news.moderation.pending", { count: loaderData.pending.length })}</h2>
        {loaderData.pending.length === 0 ? <p>{t("news.moderation.pending.empty")}</p> : null}
        {loaderData.pending.map((item) => (
          <PendingNews key={item.id} item={item} refusal={refusal} />
        ))}
      </section>
      <DirectPublishForm refusal={refusal} />
      <section aria-labelledby="published-title">
        <h2 id="published-title">{t("news.moderation.published")}</h2>
        {loaderData.published.length === 0 ? (
          <p>{t("news.list.empty")}</p>
        ) : (
          <ul>
            {loaderData.published.map((item) => (
              <PublishedNewsRow key={item.id} item={item} refusal={refusal} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
