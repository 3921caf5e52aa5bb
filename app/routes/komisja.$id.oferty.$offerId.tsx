import { Link } from "react-router";
import { saveScoreSheet } from "~/domain/committee/save-score-sheet";
import { CSRF_FIELD } from "~/platform/auth/csrf-field";
import { formatDateTime } from "~/platform/format/dates";
import { ScoreForm, scoreValuesOf } from "../components/committee/score-form";
import { OfferDocumentView } from "../components/offers/offer-document-view";
import { Notice } from "../components/organizations/form-parts";
import {
  committeeDeps,
  committeeNoticeOf,
  loadMemberOffer,
  withCommitteeNotice,
} from "../lib/committee/committee-route.server";
import { requireUser } from "../lib/guards.server";
import { runAction } from "../lib/http.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/komisja.$id.oferty.$offerId";
import "../components/offers/offers.css";

/**
 * GET /komisja/:id/oferty/:offerId — the offer's current submitted version for a member who signed
 * the declaration and is not excluded from it (the domain refuses everyone else), with the
 * member's score sheet.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const offer = await loadMemberOffer(context, request, params);
  return {
    competition: offer.competition,
    offerId: offer.offerId,
    document: offer.document,
    receipt: { receiptNumber: offer.receiptNumber, checksum: offer.checksum, submittedAt: offer.submittedAt },
    criteria: offer.criteria,
    formalPassed: offer.formalPassed,
    canScore: offer.canScore,
    voting: offer.voting,
    sheet: offer.sheet,
    notice: committeeNoticeOf(request),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  requireUser(context, request);
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === "string" && key !== CSRF_FIELD && key !== "intent") values[key] = value;
  const submit = form.get("intent") === "submit";
  return runAction(async () => {
    await saveScoreSheet({
      ...committeeDeps(context),
      competitionId: params.id,
      offerId: params.offerId,
      values,
      submit,
    });
    return withCommitteeNotice(
      `/komisja/${params.id}/oferty/${params.offerId}`,
      submit ? "scoreSubmitted" : "scoreSaved",
    );
  }, values);
}

export default function CommitteeOffer({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { document: doc, receipt, competition, sheet } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const offerTitle = doc.sections.task.title || t("offers.untitled");
  return (
    <>
      <title>{`${offerTitle} — ${receipt.receiptNumber} — ${t("committee.member.short")} — ${tenant.name}`}</title>
      <h1>{t("committee.offer.title", { title: offerTitle })}</h1>
      <p>
        <Link to={`/komisja/${competition.id}`}>
          {t("committee.offer.back", { competition: competition.title })}
        </Link>
        {" · "}
        <a href={`/komisja/${competition.id}/oferty/${loaderData.offerId}.pdf`} type="application/pdf">
          {t("committee.offer.pdf")}
        </a>
      </p>
      <Notice messageKey={loaderData.notice} />
      <OfferDocumentView document={doc} receipt={receipt} />
      <section aria-labelledby="score-heading">
        <h2 id="score-heading">{t("committee.score.heading")}</h2>
        {refused && !Object.keys(refused.fieldErrors).length ? (
          <Notice messageKey={refused.messageKey} kind="error" />
        ) : null}
        {!loaderData.voting ? (
          <p>{t("committee.score.expert")}</p>
        ) : !loaderData.formalPassed ? (
          <p>{t("committee.error.notPassed")}</p>
        ) : sheet.submittedAt ? (
          <>
            <p>
              {t("committee.score.submittedAt", {
                at: formatDateTime(sheet.submittedAt),
                total: sheet.total,
              })}
            </p>
            <ul>
              {loaderData.criteria.map((c) => (
                <li key={c.code}>
                  {c.label}: {sheet.points[c.code]?.points ?? 0} / {c.maxPoints} —{" "}
                  {sheet.points[c.code]?.justification}
                </li>
              ))}
            </ul>
          </>
        ) : loaderData.canScore ? (
          <ScoreForm
            criteria={loaderData.criteria}
            values={refused?.values ?? scoreValuesOf(sheet.points)}
            errors={refused?.fieldErrors}
          />
        ) : (
          <p>{t("committee.error.closed")}</p>
        )}
      </section>
    </>
  );
}
