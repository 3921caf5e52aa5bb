import { data, Link } from "react-router";
import { cancelCompetition } from "~/domain/competitions/cancel-competition";
import { copyCompetition } from "~/domain/competitions/copy-competition";
import { getCompetitionForOffice } from "~/domain/competitions/get-competition-for-office";
import { publishCompetition } from "~/domain/competitions/publish-competition";
import { startEvaluation } from "~/domain/competitions/start-evaluation";
import { Announcement } from "../components/competitions/announcement";
import { CompetitionHistory } from "../components/competitions/competition-history";
import { EvaluationSteps } from "../components/competitions/evaluation-steps";
import { OfficeActions } from "../components/competitions/office-actions";
import { CompetitionStatusBadge } from "../components/competitions/status-badge";
import { Notice } from "../components/organizations/form-parts";
import {
  competitionDeps,
  noticeOf,
  orCompetitionErrorPage,
  requireCompetitionOffice,
  runCompetitionAction,
  withNotice,
} from "../lib/competitions/competitions-route.server";
import { officeOfferCount } from "../lib/offers/office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy.$id._index";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const found = await orCompetitionErrorPage(
    context,
    getCompetitionForOffice({ db, tenantId, staffRoles, competitionId: params.id }),
    params.id,
  );
  const offerCount = await officeOfferCount(context, found.competition);
  return { ...found, offerCount, notice: noticeOf(request) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  requireCompetitionOffice(context, request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const deps = { ...competitionDeps(context), competitionId: params.id };
  const back = `/urzad/konkursy/${params.id}`;
  const values = { intent, reason: String(form.get("reason") ?? "") };
  return runCompetitionAction(async () => {
    if (intent === "publish") {
      await publishCompetition(deps);
      return withNotice(back, "published");
    }
    if (intent === "startEvaluation") {
      await startEvaluation(deps);
      return withNotice(back, "evaluationStarted");
    }
    if (intent === "copy") {
      const { competitionId } = await copyCompetition(deps);
      return withNotice(`/urzad/konkursy/${competitionId}/edytuj`, "copied");
    }
    if (intent === "cancel") {
      await cancelCompetition({ ...deps, reason: values.reason });
      return withNotice(back, "cancelled");
    }
    throw data({ messageKey: "error.notFound" }, { status: 404 });
  }, values);
}

export default function OfficeCompetition({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { competition: c, allowed, history } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  return (
    <>
      <title>{`${c.title} — ${tenant.name}`}</title>
      <h1>{c.title}</h1>
      <p>
        <Link to="/urzad/konkursy">{t("competition.office.back")}</Link>
      </p>
      <Notice messageKey={loaderData.notice} />
      {refused && !Object.keys(refused.fieldErrors).length ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      <p>
        {t("competition.col.status")}: <CompetitionStatusBadge status={c.status} />
        {c.publishedAt ? (
          <>
            {" "}
            — <Link to={`/konkursy/${c.id}`}>{t("competition.office.publicPage")}</Link>
          </>
        ) : null}
      </p>
      {loaderData.offerCount !== null ? (
        <p>
          <Link to={`/urzad/konkursy/${c.id}/oferty`}>
            {t("offersOffice.link", { count: loaderData.offerCount })}
          </Link>
        </p>
      ) : null}
      {c.cancellationReason ? (
        <Notice
          messageKey="competition.cancelledBecause"
          params={{ reason: c.cancellationReason }}
          kind="info"
        />
      ) : null}
      <EvaluationSteps id={c.id} allowed={allowed} />
      <OfficeActions
        id={c.id}
        allowed={allowed}
        errors={refused?.fieldErrors}
        values={refused?.values}
        refusedIntent={refused?.values.intent ?? null}
      />
      <Announcement competition={c} />
      <CompetitionHistory history={history} />
    </>
  );
}
