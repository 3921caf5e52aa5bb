import type { RouterContextProvider } from "react-router";
import { decideReport } from "~/domain/reports/decide-report";
import { getOfficeReport } from "~/domain/reports/get-office-report";
import { isReportFilter, listOfficeReports } from "~/domain/reports/list-office-reports";
import { reportVersionPdf } from "~/domain/reports/report-version-pdf.server";
import type { ReportDecisionInput } from "~/domain/reports/schemas";
import { competitionDeps, requireCompetitionOffice } from "../competitions/competitions-route.server";
import { formValues } from "../evaluation/office.server";
import { orRefusalPage, redirectWithNotice, refusalPage, runAction } from "../http.server";
import { pdfResponse } from "./ngo.server";

/*
 * Route plumbing of the office's side of reports: the list (/urzad/sprawozdania, filters and
 * pages in the query), one report (/urzad/sprawozdania/:id) with the decision form (accept, or
 * return with remarks and a deadline), and the versions' PDFs. The policy refuses other departments.
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["accepted", "returned"] as const;

/** The list, filtered ("filtr": to-verify, due-soon, overdue) and paged ("strona"). */
export async function loadOfficeReports(context: Context, request: Request) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId, clock } = competitionDeps(context);
  const url = new URL(request.url);
  const raw = url.searchParams.get("filtr");
  const filter = isReportFilter(raw) ? raw : "all";
  const page = Number(url.searchParams.get("strona") ?? "1");
  const list = await orRefusalPage(
    context,
    listOfficeReports({ db, tenantId, clock, staffRoles, filter, page }),
    { type: "report", id: null },
  );
  return { ...list, filter };
}

export async function loadOfficeReport(context: Context, request: Request, reportId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId, actor } = competitionDeps(context);
  const view = await orRefusalPage(context, getOfficeReport({ db, tenantId, actor, staffRoles, reportId }), {
    type: "report",
    id: reportId,
  });
  const name = new URL(request.url).searchParams.get("komunikat");
  const notice = NOTICES.includes(name as (typeof NOTICES)[number]) ? `reports.notice.${name}` : null;
  return { view, notice };
}

/** The officer's decision. */
export async function officeReportAction(context: Context, request: Request, reportId: string | undefined) {
  requireCompetitionOffice(context, request);
  const { values } = await formValues(request);
  const deps = competitionDeps(context);
  try {
    return await runAction(async () => {
      const input = {
        decision: values.decision,
        remarks: values.remarks ?? "",
        correctionDueOn: values.correctionDueOn,
      } as ReportDecisionInput;
      const result = await decideReport({ ...deps, reportId, input });
      return redirectWithNotice(`/urzad/sprawozdania/${reportId}`, result.status);
    }, values);
  } catch (error) {
    return refusalPage(context, error, { type: "report", id: reportId });
  }
}

export async function officeReportPdfResponse(
  context: Context,
  request: Request,
  reportId: unknown,
  number: unknown,
): Promise<Response> {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId, actor } = competitionDeps(context);
  const pdf = await orRefusalPage(
    context,
    reportVersionPdf({ db, tenantId, viewer: { kind: "office", actor, staffRoles }, reportId, number }),
    { type: "report", id: reportId },
  );
  return pdfResponse(pdf);
}
