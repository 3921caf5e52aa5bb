import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { GenerateContractLinks } from "../components/contracts/generate-contract-links";
import { Notice } from "../components/organizations/form-parts";
import { CorrectionForm, ReasonRequests } from "../components/results/office-forms";
import { DecisionsList, ResultsTables } from "../components/results/results-tables";
import { loadOfficeResults, officeResultsAction, resultsNoticeOf } from "../lib/results/results-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy.$id.wyniki";

/** GET /urzad/konkursy/:id/wyniki — the published results with corrections and requests for reasons (office). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const results = await loadOfficeResults(context, request, params.id);
  return { results, notice: resultsNoticeOf(request) };
}

export function action({ request, context, params }: Route.ActionArgs) {
  return officeResultsAction(request, context, params.id);
}

export default function OfficeResults({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { results: r, notice } = loaderData;
  const refused = actionData && !actionData.ok ? actionData : null;
  const formError = (intent: string) =>
    refused && refused.values.intent === intent && !Object.keys(refused.fieldErrors).length
      ? refused.messageKey
      : null;
  const correctRefused = refused?.values.intent === "correct" ? refused : null;
  const title = t("results.office.title", { title: r.competition.title });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <p>
        <Link to={`/urzad/konkursy/${r.competition.id}`}>{t("results.office.back")}</Link>
      </p>
      <h1>{title}</h1>
      <Notice messageKey={notice} />
      <p>
        {t("results.public.publishedAt", { at: formatDateTime(r.publishedAt) })}{" "}
        <Link to={`/konkursy/${r.competition.id}/wyniki`}>{t("results.office.publicLink")}</Link>
      </p>
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t("results.decisions.title")}</h2>
        <DecisionsList decisions={r.decisions} />
      </section>
      <section aria-labelledby="tables-title">
        <h2 id="tables-title">{t("results.tables.title")}</h2>
        <ResultsTables results={r} />
      </section>
      <ReducedAwards rows={r.rows} />
      <GenerateContractLinks rows={r.rows} />
      {r.allowed.correct ? (
        <CorrectionForm
          rows={r.rows}
          values={correctRefused?.values}
          errors={correctRefused?.fieldErrors}
          formError={formError("correct")}
        />
      ) : null}
      <ReasonRequests
        requests={r.requests}
        canAnswer={r.allowed.answer}
        values={refused?.values.intent === "answer" ? refused.values : undefined}
        errors={refused?.values.intent === "answer" ? refused.fieldErrors : undefined}
        formError={formError("answer")}
      />
    </>
  );
}

/** Offers awarded less than they asked: each must be updated to its award (or withdrawn), PROCESS.md §3. */
function ReducedAwards(props: {
  rows: readonly {
    offerId: string;
    organizationName: string;
    offerTitle: string;
    status: string;
    awardedAmount: number;
    requestedAmount: number;
  }[];
}) {
  const t = useT();
  const reduced = props.rows.filter(
    (row) => row.status === "funded" && row.awardedAmount > 0 && row.awardedAmount < row.requestedAmount,
  );
  if (reduced.length === 0) return null;
  return (
    <section aria-labelledby="reduced-title">
      <h2 id="reduced-title">{t("results.office.reducedTitle")}</h2>
      <ul>
        {reduced.map((row) => (
          <li key={row.offerId}>
            <Link to={`/urzad/oferty/${row.offerId}/aktualizacja`}>
              {row.organizationName}: {row.offerTitle}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
