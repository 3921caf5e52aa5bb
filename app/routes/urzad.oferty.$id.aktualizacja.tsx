import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { DecisionForm } from "../components/decision-form";
import { VersionDiffTables } from "../components/evaluation/version-diff-tables";
import { Notice } from "../components/organizations/form-parts";
import { useShell, useT } from "../lib/shell";
import { loadOfficeUpdate, officeUpdateAction } from "../lib/updates/office.server";
import type { Route } from "./+types/urzad.oferty.$id.aktualizacja";

/**
 * GET /urzad/oferty/:id/aktualizacja — the update of an offer after the award for the officer of
 * the competition's department: the amounts, the update's version against the submitted one field
 * by field (domain/evaluation/version-diff.ts), and the decision (accept, or return with remarks).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadOfficeUpdate(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return officeUpdateAction(context, request, params.id);
}

export default function OfficeUpdatePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("updates.office.title", { title: view.offer.title || t("evaluation.untitled") });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        {view.competition.title} —{" "}
        <Link to={`/urzad/oferty/${view.offer.id}/ocena-formalna`}>{t("updates.office.back")}</Link>
      </p>
      <Notice messageKey={notice} />
      {!view.round ? (
        <p className="notice">{t("updates.office.noRound")}</p>
      ) : (
        <>
          <dl>
            <dt>{t("updates.status.label")}</dt>
            <dd>{t(`updates.status.${view.round.status}`)}</dd>
            <dt>{t("updates.amounts.requested")}</dt>
            <dd>{formatMoney(view.round.requestedAmount)}</dd>
            <dt>{t("updates.amounts.awarded")}</dt>
            <dd>{formatMoney(view.round.awardedAmount)}</dd>
            {view.round.submittedAt ? (
              <>
                <dt>{t("updates.submit.heading")}</dt>
                <dd>{formatDateTime(view.round.submittedAt)}</dd>
              </>
            ) : null}
          </dl>
          {view.round.status === "withdrawn" ? (
            <p className="notice">
              {t("updates.withdrawn.text", { reason: view.round.withdrawalReason ?? "" })}
            </p>
          ) : null}
          {view.round.remarks ? (
            <>
              <h2>{t("updates.remarks.heading")}</h2>
              <p>{view.round.remarks}</p>
            </>
          ) : null}
          {!view.to || !view.from ? (
            <p className="notice">{t("updates.office.notSubmitted")}</p>
          ) : (
            <>
              <h2>{t("updates.office.versions", { from: view.from.number, to: view.to.number })}</h2>
              {view.diff.length === 0 ? <p>{t("updates.office.diffNone")}</p> : null}
              <VersionDiffTables
                sections={view.diff}
                fromNumber={view.from.number}
                toNumber={view.to.number}
              />
            </>
          )}
          {view.history.length > 0 ? (
            <p>{t("updates.office.history", { count: view.history.length })}</p>
          ) : null}
          {view.can.decide ? (
            <DecisionForm
              id="update-decide"
              heading={t("updates.office.decide")}
              legend={t("updates.office.decision")}
              decisions={[
                { value: "accept", label: t("updates.office.accept") },
                { value: "return", label: t("updates.office.return") },
              ]}
              remarksLabel={t("updates.office.remarks")}
              remarksMaxLength={2000}
              submitLabel={t("updates.office.submit")}
              refused={refused}
            />
          ) : null}
        </>
      )}
    </>
  );
}
