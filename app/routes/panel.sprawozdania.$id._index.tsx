import { Link } from "react-router";
import { REPORT_SECTION_KEYS, type ReportSectionKey } from "~/domain/reports/schemas";
import { PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { DocumentsForm, DocumentsList } from "../components/reports/documents-parts";
import { ReportForm, type SectionState } from "../components/reports/report-form";
import {
  CostTable,
  ReportFacts,
  ReturnedRemarks,
  SourcesTable,
  VersionsTable,
} from "../components/reports/report-parts";
import type { ActionFailure } from "../lib/http.server";
import { loadReport, reportAction } from "../lib/reports/ngo.server";
import { translateError, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.sprawozdania.$id._index";

/**
 * GET/POST /panel/sprawozdania/:id — the organisation's report on the task (Dz.U. 2018 poz. 2057
 * zał. 5; UDPP art. 18): the plan carried in from the contract, the sections each saved by its own
 * button (with the optional list of accounting documents), the computed totals and deviations, the
 * officer's remarks when returned, the submission with a confirmation step, and after it the
 * receipt, checksum and versions' PDFs.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadReport(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return reportAction(context, request, params.id);
}

/** The refused save's or submission's errors, by section. */
function sectionStates(refused: ActionFailure | null): Partial<Record<ReportSectionKey, SectionState>> {
  if (!refused) return {};
  const states: Partial<Record<ReportSectionKey, SectionState>> = {};
  const saved = refused.values.section as ReportSectionKey | undefined;
  if (refused.values.intent === "save" && saved && REPORT_SECTION_KEYS.includes(saved))
    states[saved] = { values: refused.values, errors: refused.fieldErrors };
  if (refused.values.intent === "submit")
    for (const [key, messages] of Object.entries(refused.fieldErrors)) {
      const [section, field] = key.split(":") as [ReportSectionKey, string];
      const s = states[section] ?? { errors: {} };
      s.errors = { ...s.errors, [field]: messages };
      states[section] = s;
    }
  return states;
}

export default function ReportPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice, confirming, documentRows } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? (actionData as ActionFailure) : null;
  const title = t(`reports.title.${view.report.kind}`);
  const latest = view.versions[view.versions.length - 1];
  const page = `/panel/sprawozdania/${view.report.id}`;
  const states = sectionStates(refused);
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={`/panel/umowy/${view.contract.id}`}>{t("reports.ngo.back")}</Link>
      </p>
      <Notice messageKey={notice} />
      <ReportFacts
        lead={{ label: t("reports.facts.task"), value: view.contract.taskTitle }}
        contractNumber={view.contract.number}
        report={view.report}
        grantPaid={view.grantPaid}
      />
      <ReturnedRemarks report={view.report} />
      {latest && (view.report.status === "submitted" || view.report.status === "accepted") ? (
        <div className="notice notice--success" role="status">
          <p>{t("reports.receipt.text", { receipt: latest.receiptNumber, number: latest.number })}</p>
          <p>
            {t("reports.receipt.checksum")}: <code>{latest.checksum}</code>
          </p>
        </div>
      ) : null}
      {refused && refused.messageKey !== "error.validation" ? (
        <div className="notice notice--error" role="alert">
          <p>{translateError(t, refused.messageKey)}</p>
        </div>
      ) : null}
      <h2>{t("reports.totals.heading")}</h2>
      <CostTable content={view.content} totals={view.totals} allowedShiftBp={view.contract.allowedShiftBp} />
      <SourcesTable totals={view.totals} />
      {view.can.edit ? (
        <>
          <h2>{t("reports.form.heading")}</h2>
          <p>{t("reports.form.hint")}</p>
          <ReportForm
            content={view.content}
            totals={view.totals}
            revision={view.report.revision}
            states={states}
            documents={
              <DocumentsForm
                content={view.content}
                review={view.documents}
                revision={view.report.revision}
                state={states.documents ?? {}}
                askedRows={documentRows}
              />
            }
          />
          <section aria-labelledby="report-submit">
            <h2 id="report-submit">{t("reports.submit.heading")}</h2>
            {Object.keys(view.issues).length > 0 ? (
              <p>{t("reports.submit.notReady", { count: Object.keys(view.issues).length })}</p>
            ) : null}
            {confirming ? (
              <div className="notice" role="status">
                <p>{t("reports.submit.confirmText")}</p>
                <PostForm action={page}>
                  <input type="hidden" name="intent" value="submit" />
                  <button type="submit" className="primary">
                    {t("reports.submit.confirm")}
                  </button>{" "}
                  <Link to={page}>{t("reports.submit.cancel")}</Link>
                </PostForm>
              </div>
            ) : (
              <p>
                <Link className="button primary" to={`${page}?potwierdz=1#report-submit`}>
                  {t("reports.submit.button")}
                </Link>
              </p>
            )}
          </section>
        </>
      ) : view.content.documents.length > 0 ? (
        <>
          <h2>{t("reports.section.documents")}</h2>
          <DocumentsList content={view.content} review={view.documents} />
        </>
      ) : null}
      <h2>{t("reports.versions.heading")}</h2>
      <VersionsTable versions={view.versions} pdfBase={page} />
    </>
  );
}
