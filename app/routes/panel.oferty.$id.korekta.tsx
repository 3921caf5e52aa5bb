import { Link } from "react-router";
import { ATTACHMENTS_ITEM } from "~/domain/offers/rules";
import { isSectionKey, SECTION_NUMERALS } from "~/domain/offers/sections";
import { formatDateTime } from "~/platform/format/dates";
import { PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { correctionAction, loadOfferEvaluation } from "../lib/evaluation/ngo.server";
import { sectionHref } from "../lib/offers/section-slugs";
import { translateError, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.oferty.$id.korekta";

/**
 * GET /panel/oferty/:id/korekta — the request to correct formal defects (UDPP art. 15): what to
 * fix, by when, links to the sections the organisation may change, and the button that submits
 * the corrected offer as a new version with its own receipt and checksum.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadOfferEvaluation(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return correctionAction(context, request, params.id);
}

export default function CorrectionPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view } = loaderData;
  const correction = view.correction;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("evaluation.ngo.title", { title: view.offer.title || t("evaluation.untitled") });
  const refusedFields = refused ? Object.values(refused.fieldErrors).flat() : [];
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={`/panel/oferty/${view.offer.id}`}>{t("evaluation.ngo.back")}</Link>
      </p>
      {refused ? (
        <div className="notice notice--error" role="alert">
          <p>{translateError(t, refused.messageKey)}</p>
          {refusedFields.length ? (
            <ul>
              {refusedFields.map((m) => (
                <li key={m}>{translateError(t, m)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {!correction ? (
        <p className="notice">{t("evaluation.ngo.noCorrection")}</p>
      ) : (
        <>
          <p>
            {t(`evaluation.correctionStatus.${correction.status}`)} —{" "}
            {t("evaluation.corrections.deadline", { at: formatDateTime(correction.deadline) })}
          </p>
          <h2>{t("evaluation.ngo.itemsHeading")}</h2>
          <ul>
            {correction.items.map((i) => (
              <li key={i.code}>{i.note ? `${i.label}: ${i.note}` : i.label}</li>
            ))}
          </ul>
          {correction.message ? <p>{correction.message}</p> : null}
          <h2>{t("evaluation.ngo.sectionsHeading")}</h2>
          {correction.sections.length === 0 ? (
            <p>{t("evaluation.ngo.noSections")}</p>
          ) : (
            <ul>
              {correction.sections.filter(isSectionKey).map((s) => (
                <li key={s}>
                  {correction.open ? (
                    <Link to={sectionHref(view.offer.id, s)}>
                      {SECTION_NUMERALS[s]}. {t(`evaluation.section.${s}`)}
                    </Link>
                  ) : (
                    `${SECTION_NUMERALS[s]}. ${t(`evaluation.section.${s}`)}`
                  )}
                </li>
              ))}
            </ul>
          )}
          {correction.open && correction.items.some((i) => i.code === ATTACHMENTS_ITEM) ? (
            <p>
              <Link to={`/panel/oferty/${view.offer.id}/zalaczniki`}>
                {t("evaluation.ngo.attachmentsLink")}
              </Link>
            </p>
          ) : null}
          <p>
            <Link to={`/panel/oferty/${view.offer.id}/kopia-podpisana`}>
              {t("evaluation.ngo.signedCopyLink")}
            </Link>
          </p>
          {correction.open ? (
            <PostForm>
              <p>{t("evaluation.ngo.submitHint")}</p>
              {view.changedSinceCheck ? null : (
                <Notice messageKey="evaluation.ngo.nothingChangedYet" kind="info" />
              )}
              <button type="submit" className="primary">
                {t("evaluation.ngo.submit")}
              </button>
            </PostForm>
          ) : null}
        </>
      )}
    </>
  );
}
