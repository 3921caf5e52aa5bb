import { Link } from "react-router";
import { formatMoney } from "~/platform/format/money";
import { Field, PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import { DocumentsList } from "../components/reports/documents-parts";
import {
  CostTable,
  ReportFacts,
  ReturnedRemarks,
  SourcesTable,
  SubstantiveView,
  VersionsTable,
} from "../components/reports/report-parts";
import type { ActionFailure } from "../lib/http.server";
import { loadOfficeReport, officeReportAction } from "../lib/reports/office.server";
import { translateError, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.sprawozdania.$id._index";

/**
 * GET/POST /urzad/sprawozdania/:id — the officer verifies a report (UDPP art. 18): the submitted
 * version read-only with its totals, deviations and flags (and the list of accounting documents
 * compared with the cost lines, when given), the versions with their PDFs, and the
 * decision: accept, or return with remarks and a deadline for the correction (7 days unless set).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadOfficeReport(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return officeReportAction(context, request, params.id);
}

export default function OfficeReportPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? (actionData as ActionFailure) : null;
  const title = `${t(`reports.title.${view.report.kind}`)}: ${view.contract.taskTitle}`;
  const page = `/urzad/sprawozdania/${view.report.id}`;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to="/urzad/sprawozdania">{t("reports.office.back")}</Link> ·{" "}
        <Link to={`/urzad/umowy/${view.contract.id}`}>{t("reports.office.contract")}</Link>
      </p>
      <Notice messageKey={notice} />
      <ReportFacts
        lead={{ label: t("reports.facts.organization"), value: view.contract.organizationName }}
        contractNumber={view.contract.number}
        report={view.report}
        grantPaid={view.grantPaid}
      >
        {view.current ? (
          <>
            <dt>{t("reports.versions.receipt")}</dt>
            <dd>
              {view.current.receiptNumber} ({t("reports.versions.number")} {view.current.number})
            </dd>
            <dt>{t("reports.versions.checksum")}</dt>
            <dd>
              <code>{view.current.checksum}</code>
            </dd>
          </>
        ) : null}
      </ReportFacts>
      <ReturnedRemarks report={view.report} />
      {view.content && view.totals ? (
        <>
          <h2>{t("reports.section.substantive")}</h2>
          <SubstantiveView content={view.content} />
          <h2>{t("reports.section.financial")}</h2>
          <CostTable
            content={view.content}
            totals={view.totals}
            allowedShiftBp={view.contract.allowedShiftBp}
          />
          <SourcesTable totals={view.totals} />
          <p>
            {t("reports.financial.otherIncome")}: {formatMoney(view.content.otherIncome)};{" "}
            {t("reports.financial.interestEarned")}: {formatMoney(view.content.interestEarned)};{" "}
            {t("reports.financial.interestSpent")}: {formatMoney(view.content.interestSpent)}
          </p>
          <h2>{t("reports.section.additional")}</h2>
          <p className="prewrap">{view.content.additionalInfo || "—"}</p>
          <h2>{t("reports.section.documents")}</h2>
          {view.documents ? <DocumentsList content={view.content} review={view.documents} /> : null}
        </>
      ) : (
        <p>{t("reports.office.notSubmitted")}</p>
      )}
      <h2>{t("reports.versions.heading")}</h2>
      <VersionsTable versions={view.versions} pdfBase={page} />
      {view.can.decide ? (
        <section aria-labelledby="report-decide">
          <h2 id="report-decide">{t("reports.decide.heading")}</h2>
          {refused ? (
            <div className="notice notice--error" role="alert">
              <p>{translateError(t, refused.messageKey)}</p>
            </div>
          ) : null}
          <PostForm>
            <input type="hidden" name="decision" value="accept" />
            <button type="submit" className="primary">
              {t("reports.decide.accept")}
            </button>
          </PostForm>
          <PostForm>
            <input type="hidden" name="decision" value="return" />
            <Field
              idPrefix="return"
              name="remarks"
              label={t("reports.decide.remarks")}
              multiline
              required
              maxLength={10_000}
              defaultValue={refused?.values.remarks ?? ""}
              errors={refused?.fieldErrors}
            />
            <Field
              idPrefix="return"
              name="correctionDueOn"
              type="date"
              label={t("reports.decide.deadline")}
              hint={t("reports.decide.deadlineHint", { days: view.defaultCorrectionDays })}
              defaultValue={refused?.values.correctionDueOn ?? ""}
              errors={refused?.fieldErrors}
            />
            <button type="submit">{t("reports.decide.return")}</button>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
