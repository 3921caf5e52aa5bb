import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { ChecklistEditor } from "../components/evaluation/checklist-editor";
import { OutcomeText, SignedCopyText } from "../components/evaluation/outcome-text";
import { Notice } from "../components/organizations/form-parts";
import { competitionChecksAction, loadCompetitionChecks } from "../lib/evaluation/office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy.$id.ocena-formalna";

/**
 * GET /urzad/konkursy/:id/ocena-formalna — the formal check of a competition's offers (UDPP
 * art. 15, PROCESS.md §3) for the office of its department: every submitted offer with its
 * outcome, the signed copy's result and an open correction's deadline; the checklist's editor.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadCompetitionChecks(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return competitionChecksAction(context, request, params.id);
}

export default function CompetitionFormalCheck({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { list, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("evaluation.competition.title", { title: list.competition.title });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={`/urzad/konkursy/${list.competition.id}`}>{t("evaluation.competition.back")}</Link>
      </p>
      <Notice messageKey={notice} />
      {refused ? <Notice messageKey={refused.messageKey} kind="error" /> : null}
      {list.offers.length === 0 ? (
        <p className="notice">{t("evaluation.competition.noOffers")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t("evaluation.competition.caption", { count: list.offers.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("evaluation.col.offer")}</th>
                <th scope="col">{t("evaluation.col.submittedAt")}</th>
                <th scope="col">{t("evaluation.col.outcome")}</th>
                <th scope="col">{t("evaluation.col.signedCopy")}</th>
                <th scope="col">{t("evaluation.col.correction")}</th>
              </tr>
            </thead>
            <tbody>
              {list.offers.map((o) => (
                <tr key={o.id}>
                  <th scope="row">
                    <Link to={`/urzad/oferty/${o.id}/ocena-formalna`}>
                      {o.title || t("evaluation.untitled")}
                    </Link>
                    <br />
                    <small>{o.organizationName}</small>
                  </th>
                  <td>{o.submittedAt ? formatDateTime(o.submittedAt) : "—"}</td>
                  <td>
                    <OutcomeText outcome={o.outcome} />
                    {o.reason ? <small> — {o.reason}</small> : null}
                  </td>
                  <td>
                    <SignedCopyText match={o.signedCopy} />
                  </td>
                  <td>
                    {o.correctionDeadline
                      ? t("evaluation.col.correctionUntil", { at: formatDateTime(o.correctionDeadline) })
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("evaluation.checklist.heading")}</h2>
      <p>
        {list.customChecklist ? t("evaluation.checklist.custom") : t("evaluation.checklist.defaults")}{" "}
        {t("evaluation.checklist.correctionDays", { days: list.competition.correctionDays })}
      </p>
      {list.canRun ? (
        <ChecklistEditor items={list.checklist} errors={refused?.fieldErrors} />
      ) : (
        <ul>
          {list.checklist.map((i) => (
            <li key={i.code}>
              {i.label} (
              {i.correctable
                ? t("evaluation.checklist.correctableShort")
                : t("evaluation.checklist.notCorrectable")}
              )
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
