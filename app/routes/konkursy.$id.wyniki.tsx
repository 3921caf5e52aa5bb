import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { Notice } from "../components/organizations/form-parts";
import { ResultsDownloads } from "../components/results/public-results";
import { ReasonsForm } from "../components/results/reasons-form";
import { DecisionsList, ResultsTables } from "../components/results/results-tables";
import { loadPublicResults, reasonsAction, resultsNoticeOf } from "../lib/results/results-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/konkursy.$id.wyniki";
import "../components/news/news.css";

/** GET /konkursy/:id/wyniki — the published results (art. 15 ust. 2h UDPP) and the request for reasons (ust. 2j). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const results = await loadPublicResults(context, params.id);
  return { results, notice: resultsNoticeOf(request) };
}

export function action({ request, context, params }: Route.ActionArgs) {
  return reasonsAction(request, context, params.id);
}

export default function PublicResultsPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { results: r, notice } = loaderData;
  const refused = actionData && !actionData.ok ? actionData : null;
  const title = t("results.page.title", { title: r.competition.title });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <p>
        <Link to={`/konkursy/${r.competition.id}`}>{t("results.page.back")}</Link>
      </p>
      <h1>{title}</h1>
      <Notice messageKey={notice} />
      <p className="lead">{t("results.page.lead")}</p>
      <p>{t("results.public.publishedAt", { at: formatDateTime(r.publishedAt) })}</p>
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t("results.decisions.title")}</h2>
        <DecisionsList decisions={r.decisions} />
      </section>
      <section aria-labelledby="tables-title">
        <h2 id="tables-title">{t("results.tables.title")}</h2>
        <ResultsTables results={r} />
        <ResultsDownloads competitionId={r.competition.id} />
      </section>
      <ReasonsForm
        open={r.reasonsOpen}
        until={r.reasonsUntil}
        values={refused?.values}
        errors={refused?.fieldErrors}
        formError={refused && !Object.keys(refused.fieldErrors).length ? refused.messageKey : null}
      />
    </>
  );
}
