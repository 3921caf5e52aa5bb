import type { PublicResults } from "~/domain/results/get-public-results";
import { formatDate, formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { DecisionsList, ResultsTables } from "./results-tables";

/** The links to the results' page and its downloads. */
export function ResultsDownloads({ competitionId }: { competitionId: string }) {
  const t = useT();
  const base = `/konkursy/${competitionId}/wyniki`;
  return (
    <ul>
      <li>
        <a href={`${base}.csv`} type="text/csv" download>
          {t("results.download.csv")}
        </a>
      </li>
      <li>
        <a href={`${base}.xlsx`} download>
          {t("results.download.xlsx")}
        </a>
      </li>
      <li>
        <a href={`/api/v1/competitions/${competitionId}/results`} type="application/json">
          {t("results.download.json")}
        </a>
      </li>
    </ul>
  );
}

/**
 * The results on the competition's public page (art. 15 ust. 2h UDPP): the decision and its
 * corrections, the totals, the tables, and links to the full page with the request for reasons.
 */
export function PublicResultsBlock({ results }: { results: PublicResults }) {
  const t = useT();
  const id = results.competition.id;
  return (
    <section aria-labelledby="results-title" className="results">
      <h2 id="results-title">{t("results.public.title")}</h2>
      <p>{t("results.public.publishedAt", { at: formatDateTime(results.publishedAt) })}</p>
      <DecisionsList decisions={results.decisions} />
      <ResultsTables results={results} />
      <p>
        <a href={`/konkursy/${id}/wyniki`}>{t("results.public.more")}</a>
        {results.reasonsOpen ? (
          <> {t("results.reasons.until", { date: formatDate(results.reasonsUntil) })}</>
        ) : null}
      </p>
      <ResultsDownloads competitionId={id} />
    </section>
  );
}
