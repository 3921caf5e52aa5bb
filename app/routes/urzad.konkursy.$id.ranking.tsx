import { data, Link } from "react-router";
import { closeScoring } from "~/domain/ranking/close-scoring";
import { saveProposedAmounts } from "~/domain/ranking/save-proposed-amounts";
import { formatDateTime } from "~/platform/format/dates";
import { ErrorSummary, PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { AmountsTable, FundsSummary } from "../components/ranking/amounts-table";
import { ProgressMatrix, RankingTable } from "../components/ranking/ranking-tables";
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
import type { Route } from "./+types/urzad.konkursy.$id.ranking";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const found = await loadOfficeRanking(context, request, params.id);
  return { ...found, notice: rankingNoticeOf(request) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  requireCompetitionOffice(context, request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const deps = { ...competitionDeps(context), competitionId: params.id };
  const here = `/urzad/konkursy/${params.id}/ranking`;
  const amounts = amountsOf(form, "amount");
  const values = {
    intent,
    ...Object.fromEntries(Object.entries(amounts).map(([k, v]) => [`amount.${k}`, v])),
  };
  return runCompetitionAction(async () => {
    if (intent === "amounts") {
      const saved = await saveProposedAmounts({ ...deps, amounts });
      return withRankingNotice(here, saved.overFunds ? "amountsSavedOverFunds" : "amountsSaved");
    }
    if (intent === "closeScoring") {
      await closeScoring(deps);
      return withRankingNotice(here, "scoringClosed");
    }
    throw data({ messageKey: "error.notFound" }, { status: 404 });
  }, values);
}

export default function RankingPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { ranking: r, allowed } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("ranking.title", { title: r.competition.title });
  const passed = r.offers.filter((o) => o.passed);
  const base = `/urzad/konkursy/${r.competition.id}`;
  const closed = r.committee.scoringClosedAt;
  const labels = Object.fromEntries(
    passed.map((o) => [`amount.${o.offerId}`, `${t("ranking.col.amount")}: ${o.organizationName}`]),
  );
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={base}>{t("ranking.back")}</Link>
      </p>
      <Notice
        messageKey={loaderData.notice}
        kind={loaderData.notice?.endsWith("OverFunds") ? "info" : "success"}
      />
      {refused && !Object.keys(refused.fieldErrors).length ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      <ul>
        <li>
          <a href={`${base}/protokol.pdf`} type="application/pdf">
            {t("ranking.protocol.pdf")}
          </a>
        </li>
        <li>
          <a
            href={`${base}/protokol.docx`}
            type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          >
            {t("ranking.protocol.docx")}
          </a>
        </li>
        {allowed.decide ? (
          <li>
            <Link to={`${base}/rozstrzygniecie`}>{t("ranking.decision.link")}</Link>
          </li>
        ) : null}
      </ul>

      <section aria-labelledby="progress-title">
        <h2 id="progress-title">{t("ranking.progress.title")}</h2>
        <p>
          {closed
            ? t("ranking.scoring.closedAt", { at: formatDateTime(closed) })
            : r.complete
              ? t("ranking.progress.complete")
              : t("ranking.progress.incomplete")}
        </p>
        <ProgressMatrix members={r.members} offers={r.offers} progress={r.progress} />
        {allowed.run && !closed && r.committee.exists ? (
          <PostForm>
            <input type="hidden" name="intent" value="closeScoring" />
            <p>{t(r.complete ? "ranking.scoring.close.hint" : "ranking.scoring.close.hintIncomplete")}</p>
            <button type="submit">{t("ranking.scoring.close")}</button>
          </PostForm>
        ) : null}
      </section>

      <section aria-labelledby="ranking-title">
        <h2 id="ranking-title">{t("ranking.table.title")}</h2>
        <p>{t("ranking.tieRule")}</p>
        <RankingTable offers={r.offers} threshold={r.competition.passThreshold} />
      </section>

      <section aria-labelledby="amounts-title">
        <h2 id="amounts-title">{t("ranking.amounts.title")}</h2>
        {passed.length === 0 ? (
          <p>{t("ranking.amounts.none")}</p>
        ) : allowed.run ? (
          <PostForm>
            <input type="hidden" name="intent" value="amounts" />
            <ErrorSummary
              errors={refused?.values.intent === "amounts" ? refused.fieldErrors : undefined}
              labels={labels}
            />
            <p>{t("ranking.amounts.hint")}</p>
            <AmountsTable
              prefix="amount"
              caption={t("ranking.amounts.caption")}
              offers={passed}
              initial={(o) => o.proposedAmount}
              values={refused?.values}
              errors={refused?.fieldErrors}
            />
            <FundsSummary total={r.proposedTotal} funds={r.funds} kind="proposed" />
            <button type="submit">{t("ranking.amounts.save")}</button>
          </PostForm>
        ) : (
          <FundsSummary total={r.proposedTotal} funds={r.funds} kind="proposed" />
        )}
      </section>
    </>
  );
}
