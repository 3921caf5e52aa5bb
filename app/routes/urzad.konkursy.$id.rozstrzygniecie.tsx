import { Link } from "react-router";
import { recordDecision } from "~/domain/ranking/record-decision";
import { formatDate } from "~/platform/format/dates";
import { ErrorSummary, Field, PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { AmountsTable, FundsSummary } from "../components/ranking/amounts-table";
import {
  competitionDeps,
  requireCompetitionOffice,
  runCompetitionAction,
} from "../lib/competitions/competitions-route.server";
import {
  amountsOf,
  loadOfficeRanking,
  rankingNoticeOf,
  withRankingNotice,
} from "../lib/ranking/ranking-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy.$id.rozstrzygniecie";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const found = await loadOfficeRanking(context, request, params.id);
  return { ...found, notice: rankingNoticeOf(request) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  requireCompetitionOffice(context, request);
  const form = await request.formData();
  const awarded = amountsOf(form, "awarded");
  const number = String(form.get("number") ?? "").slice(0, 200);
  const date = String(form.get("date") ?? "").slice(0, 20);
  const values = {
    number,
    date,
    ...Object.fromEntries(Object.entries(awarded).map(([k, v]) => [`awarded.${k}`, v])),
  };
  return runCompetitionAction(async () => {
    const recorded = await recordDecision({
      ...competitionDeps(context),
      competitionId: params.id,
      decision: { number, date, awarded },
    });
    return withRankingNotice(
      `/urzad/konkursy/${params.id}/rozstrzygniecie`,
      recorded.overFunds ? "decisionOverFunds" : "decisionRecorded",
    );
  }, values);
}

export default function DecisionPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { ranking: r, allowed, decision } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("ranking.decision.title", { title: r.competition.title });
  const passed = r.offers.filter((o) => o.passed);
  const others = r.offers.filter((o) => !o.passed);
  const base = `/urzad/konkursy/${r.competition.id}`;
  const labels: Record<string, string> = {
    number: t("ranking.decision.number"),
    date: t("ranking.decision.date"),
    ...Object.fromEntries(
      passed.map((o) => [`awarded.${o.offerId}`, `${t("ranking.col.awarded")}: ${o.organizationName}`]),
    ),
  };
  const proposedTotal = passed.reduce((sum, o) => sum + (o.proposedAmount ?? 0), 0);
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={`${base}/ranking`}>{t("ranking.decision.back")}</Link>
      </p>
      <Notice messageKey={loaderData.notice} />
      {refused && !Object.keys(refused.fieldErrors).length ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      {decision ? (
        <p>
          {t("ranking.decision.recorded", { number: decision.number, date: formatDate(decision.date) })}{" "}
          <Link to={`${base}/wyniki`}>{t("ranking.decision.results")}</Link>
        </p>
      ) : null}
      {!decision && !allowed.decide ? <p>{t("ranking.decision.notNow")}</p> : null}
      {!decision && allowed.decide ? (
        <PostForm>
          <ErrorSummary errors={refused?.fieldErrors} labels={labels} />
          <p>{t("ranking.decision.lead")}</p>
          <Field
            name="number"
            label={t("ranking.decision.number")}
            hint={t("ranking.decision.number.hint")}
            required
            maxLength={100}
            errors={refused?.fieldErrors}
            defaultValue={refused?.values.number}
          />
          <Field
            name="date"
            type="date"
            label={t("ranking.decision.date")}
            required
            errors={refused?.fieldErrors}
            defaultValue={refused?.values.date}
          />
          {passed.length ? (
            <AmountsTable
              prefix="awarded"
              caption={t("ranking.decision.caption")}
              offers={passed}
              initial={(o) => o.proposedAmount}
              values={refused?.values}
              errors={refused?.fieldErrors}
            />
          ) : (
            <p>{t("ranking.amounts.none")}</p>
          )}
          <FundsSummary total={proposedTotal} funds={r.funds} kind="awarded" />
          {others.length ? (
            <>
              <h2>{t("ranking.decision.others")}</h2>
              <ul>
                {others.map((o) => (
                  <li key={o.offerId}>
                    {o.organizationName} — {o.title}:{" "}
                    {o.formalOutcome === "rejected"
                      ? t("ranking.status.rejected_formally")
                      : o.rank !== null
                        ? t("ranking.status.below_threshold")
                        : t("ranking.status.not_funded")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p>{t("ranking.decision.warning")}</p>
          <button type="submit">{t("ranking.decision.submit")}</button>
        </PostForm>
      ) : null}
    </>
  );
}
