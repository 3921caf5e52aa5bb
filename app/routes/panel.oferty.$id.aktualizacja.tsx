import { Link } from "react-router";
import { SECTION_NUMERALS } from "~/domain/offers/sections";
import { Field, PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { AmountsTable, DoesNotFit } from "../components/updates/update-parts";
import type { OfferActionFailure } from "../lib/offers/answers";
import { sectionHref } from "../lib/offers/section-slugs";
import { translateError, useShell, useT } from "../lib/shell";
import { loadOfferUpdate, offerUpdateAction } from "../lib/updates/ngo.server";
import type { Route } from "./+types/panel.oferty.$id.aktualizacja";

/**
 * GET /panel/oferty/:id/aktualizacja — the update of an offer awarded less than it asked
 * (PROCESS.md §3): awarded against requested, what no longer fits by section with links to the
 * two sections the update reopens, the form that submits the update as a new version, and the
 * form that withdraws from the grant with a reason.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadOfferUpdate(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return offerUpdateAction(context, request, params.id);
}

export default function OfferUpdatePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused =
    actionData && "ok" in actionData && !actionData.ok ? (actionData as OfferActionFailure) : null;
  const title = t("updates.ngo.title", { title: view.offer.title || t("evaluation.untitled") });
  const withdrawErrors = refused?.values.intent === "withdraw" ? refused.fieldErrors : undefined;
  const submitRefused = refused && refused.values.intent !== "withdraw" ? refused : null;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={`/panel/oferty/${view.offer.id}`}>{t("updates.ngo.back")}</Link>
      </p>
      <Notice messageKey={notice} />
      {!view.round ? (
        <p className="notice">{t("updates.ngo.noRound")}</p>
      ) : (
        <>
          <p>
            {t("updates.status.label")}: <strong>{t(`updates.status.${view.round.status}`)}</strong>
          </p>
          {view.round.remarks && view.round.status === "returned" ? (
            <div className="notice notice--warning" role="status">
              <h2>{t("updates.remarks.heading")}</h2>
              <p>{view.round.remarks}</p>
            </div>
          ) : null}
          {view.round.status === "withdrawn" ? (
            <p className="notice">
              {t("updates.withdrawn.text", { reason: view.round.withdrawalReason ?? "" })}
            </p>
          ) : null}
          <AmountsTable round={view.round} calculation={view.calculation} competition={view.competition} />
          {view.round.status === "open" || view.round.status === "returned" ? (
            <>
              <DoesNotFit
                offerId={view.offer.id}
                groups={view.issues}
                editable={view.sections}
                open={view.can.submit}
              />
              <h2>{t("updates.sections.heading")}</h2>
              <p>{t("updates.sections.hint")}</p>
              <ul>
                {view.sections.map((s) => (
                  <li key={s}>
                    <Link to={sectionHref(view.offer.id, s)}>
                      {SECTION_NUMERALS[s]}. {t(`evaluation.section.${s}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {view.can.submit ? (
            <section aria-labelledby="update-submit">
              <h2 id="update-submit">{t("updates.submit.heading")}</h2>
              {submitRefused ? (
                <div className="notice notice--error" role="alert">
                  <p>{translateError(t, submitRefused.messageKey)}</p>
                  {Object.values(submitRefused.fieldErrors).flat().length ? (
                    <ul>
                      {Object.values(submitRefused.fieldErrors)
                        .flat()
                        .map((m) => (
                          <li key={m}>{translateError(t, m)}</li>
                        ))}
                    </ul>
                  ) : null}
                </div>
              ) : null}
              <PostForm>
                <input type="hidden" name="intent" value="submit" />
                <p>{t("updates.submit.hint")}</p>
                <button type="submit" className="primary">
                  {t("updates.submit.button")}
                </button>
              </PostForm>
            </section>
          ) : null}
          {view.can.withdraw ? (
            <section aria-labelledby="update-withdraw">
              <h2 id="update-withdraw">{t("updates.withdraw.heading")}</h2>
              <p>{t("updates.withdraw.hint")}</p>
              {refused && withdrawErrors ? (
                <div className="notice notice--error" role="alert">
                  <p>{translateError(t, refused.messageKey)}</p>
                </div>
              ) : null}
              <PostForm>
                <input type="hidden" name="intent" value="withdraw" />
                <Field
                  idPrefix="withdraw"
                  name="reason"
                  label={t("updates.withdraw.reason")}
                  multiline
                  required
                  maxLength={2000}
                  defaultValue={withdrawErrors ? refused?.values.reason : ""}
                  errors={withdrawErrors}
                />
                <button type="submit">{t("updates.withdraw.button")}</button>
              </PostForm>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
