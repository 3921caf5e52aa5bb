import { Link } from "react-router";
import { listMySubmissions } from "~/domain/news/list-my-submissions";
import { submitNews } from "~/domain/news/submit-news";
import { listMyOrganizations } from "~/domain/organizations/list-my-organizations";
import { ErrorSummary, PostForm, SelectField } from "../components/forms";
import { MySubmissions } from "../components/news/my-submissions";
import { NewsFields, useNewsLabels } from "../components/news/news-fields";
import { Notice } from "../components/organizations/form-parts";
import { viewerContext } from "../lib/contexts";
import { requireUser } from "../lib/guards.server";
import { runAction } from "../lib/http.server";
import {
  newsDeps,
  noticeOf,
  readNewsForm,
  typedValues,
  uploadedImage,
  uploadTooLargeFailure,
  withNotice,
} from "../lib/news/news-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/aktualnosci.zglos";
import "../components/news/news.css";

/** The organisations the person may submit news for: verified ones where they are owner or editor. */
async function submittable(context: Route.LoaderArgs["context"], userId: string) {
  const { db, tenantId } = newsDeps(context);
  const mine = await listMyOrganizations({ db, tenantId, userId });
  return mine
    .filter((o) => o.status === "verified" && (o.role === "owner" || o.role === "editor"))
    .map((o) => ({ id: o.id, name: o.name }));
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = context.get(viewerContext).user;
  if (!user) return { loggedIn: false as const, organizations: [], submissions: [], notice: null };
  const { db, tenantId } = newsDeps(context);
  return {
    loggedIn: true as const,
    organizations: await submittable(context, user.id),
    submissions: await listMySubmissions({ db, tenantId, userId: user.id }),
    notice: noticeOf(request, "news"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireUser(context, request);
  const form = await readNewsForm(request);
  if (!form) return uploadTooLargeFailure();
  const values = typedValues(form);
  return runAction(async () => {
    await submitNews({
      ...newsDeps(context),
      organizationId: values.organizationId,
      content: values,
      image: await uploadedImage(form),
    });
    return withNotice("/aktualnosci/zglos", "submitted");
  }, values);
}

export default function SubmitNews({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const labels = useNewsLabels();
  const refused = actionData && !actionData.ok ? actionData : null;
  const returnTo = encodeURIComponent("/aktualnosci/zglos");
  return (
    <>
      <title>{`${t("news.submit.title")} — ${tenant.name}`}</title>
      <h1>{t("news.submit.title")}</h1>
      <p className="lead">{t("news.submit.lead")}</p>
      <Notice messageKey={loaderData.notice} />
      {!loaderData.loggedIn ? (
        <div className="notice">
          <p>{t("news.submit.loginFirst")}</p>
          <p>
            <Link to={`/logowanie?returnTo=${returnTo}`}>{t("news.submit.login")}</Link>
          </p>
        </div>
      ) : loaderData.organizations.length === 0 ? (
        <div className="notice">
          <p>{t("news.submit.noOrganization")}</p>
          <p>
            <Link to="/panel">{t("news.submit.myOrganizations")}</Link>
          </p>
        </div>
      ) : (
        <PostForm encType="multipart/form-data">
          {refused && !Object.keys(refused.fieldErrors).length ? (
            <Notice messageKey={refused.messageKey} kind="error" />
          ) : null}
          <ErrorSummary errors={refused?.fieldErrors} labels={labels} />
          <SelectField
            name="organizationId"
            label={labels.organizationId}
            required
            options={loaderData.organizations.map((o) => ({ value: o.id, label: o.name }))}
            defaultValue={refused?.values.organizationId}
            errors={refused?.fieldErrors}
          />
          <NewsFields values={refused?.values} errors={refused?.fieldErrors} upload />
          <p className="field__hint">{t("news.submit.moderationHint")}</p>
          <button type="submit" className="primary">
            {t("news.submit.submit")}
          </button>
        </PostForm>
      )}
      <MySubmissions items={loaderData.submissions} />
    </>
  );
}
