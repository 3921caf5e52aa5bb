import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { CorrectionList, SignedCopyList, VersionHistory } from "../components/evaluation/check-history";
import { DecisionForm } from "../components/evaluation/decision-form";
import { OutcomeText } from "../components/evaluation/outcome-text";
import { Notice } from "../components/organizations/form-parts";
import { loadOfferCheck, offerCheckAction } from "../lib/evaluation/office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.oferty.$id.ocena-formalna";

/**
 * GET /urzad/oferty/:id/ocena-formalna — the formal check of one submitted offer (PROCESS.md §3):
 * each item with its suggested and marked result and a note, the decision (passed, correction
 * with its items, sections and message, rejected with a reason), the history of versions with
 * their differences, the correction rounds and the signed copies.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadOfferCheck(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return offerCheckAction(context, request, params.id);
}

export default function OfferFormalCheck({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("evaluation.offer.title", { title: view.offer.title || t("evaluation.untitled") });
  const items = view.checklist.map((item) => {
    const mark = (
      view.check.marks as Record<string, { result: "pass" | "fail" | "na" | null; note: string }>
    )[item.code];
    return {
      ...item,
      suggested: view.suggestions[item.code]?.result ?? null,
      reasons: view.suggestions[item.code]?.reasons ?? [],
      mark: mark ?? { result: null, note: "" },
    };
  });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        {view.offer.organizationName} —{" "}
        <Link to={`/urzad/konkursy/${view.competition.id}/ocena-formalna`}>
          {t("evaluation.offer.back", { title: view.competition.title })}
        </Link>
      </p>
      <Notice messageKey={notice} />
      {refused && Object.keys(refused.fieldErrors).length === 0 ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      <p>
        {t("evaluation.offer.outcome")}: <OutcomeText outcome={view.check.outcome} />
        {view.check.decidedAt ? ` (${formatDateTime(view.check.decidedAt)})` : ""}
      </p>
      {view.check.reason ? <p>{t("evaluation.offer.reason", { reason: view.check.reason })}</p> : null}
      {view.openCorrection ? (
        <div className="notice" role="status">
          <p>{t("evaluation.offer.correctionOpen", { at: formatDateTime(view.openCorrection.deadline) })}</p>
        </div>
      ) : null}
      <h2>{t("evaluation.offer.marksHeading")}</h2>
      {view.canRun ? (
        <DecisionForm
          items={items}
          expectedVersion={view.check.version}
          suggestedSections={view.suggestedSections}
          values={refused?.values}
          errors={refused?.fieldErrors}
          correctionDays={view.competition.correctionDays}
        />
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i.code}>
              {i.label}: {t(`evaluation.result.${i.mark.result ?? "none"}`)}
              {i.mark.note ? ` — ${i.mark.note}` : ""}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("evaluation.history.heading")}</h2>
      <VersionHistory offerId={view.offer.id} versions={view.versions} checkedVersionId={view.versionId} />
      <h2>{t("evaluation.corrections.heading")}</h2>
      <CorrectionList corrections={view.corrections} />
      <h2>{t("evaluation.copy.heading")}</h2>
      <SignedCopyList copies={view.signedCopies} />
    </>
  );
}
