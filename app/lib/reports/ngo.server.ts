import { data, type RouterContextProvider, redirect } from "react-router";
import { getReport } from "~/domain/reports/get-report";
import { reportVersionPdf } from "~/domain/reports/report-version-pdf.server";
import { saveReportSection } from "~/domain/reports/save-report-section";
import { submitReport } from "~/domain/reports/submit-report";
import { servicesContext, tenantContext } from "../contexts";
import { formValues } from "../evaluation/office.server";
import { actorOf, requireUser } from "../guards.server";
import { orRefusalPage, redirectWithNotice, refusalPage, runAction } from "../http.server";
import { nestValues } from "./form-values";

/*
 * Route plumbing of the organisation's report (/panel/sprawozdania/:id): the page's data, the
 * section forms (each saved on its own, optimistic lock on the revision read), the submission
 * with its confirmation step, and the versions' PDFs.
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["saved", "submitted", "alreadySubmitted"] as const;

function deps(context: Context) {
  const { db, clock, env } = context.get(servicesContext);
  return { db, clock, appUrl: env.APP_URL, tenantId: context.get(tenantContext).id, actor: actorOf(context) };
}

export function reportNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as (typeof NOTICES)[number]) ? `reports.notice.${name}` : null;
}

/** The report as the organisation's people see it, or the 403/404 page. */
export async function loadReport(context: Context, request: Request, reportId: unknown) {
  requireUser(context, request);
  const view = await orRefusalPage(context, getReport({ ...deps(context), reportId }), {
    type: "report",
    id: reportId,
  });
  const query = new URL(request.url).searchParams;
  const confirming = query.get("potwierdz") === "1";
  // Rows of the list of documents asked for by "Zapisz i dodaj 10 wierszy" (the form caps them).
  const documentRows = Number(query.get("wiersze")) || 0;
  return { view, notice: reportNoticeOf(request), confirming, documentRows };
}

/** Saves one section, or submits the report (a double click answers with the same version). */
export async function reportAction(context: Context, request: Request, reportId: string | undefined) {
  requireUser(context, request);
  const { values } = await formValues(request);
  const page = `/panel/sprawozdania/${reportId}`;
  const d = deps(context);
  try {
    if (values.intent === "save")
      return await runAction(async () => {
        await saveReportSection({
          ...d,
          reportId,
          section: values.section,
          revision: Number(values.revision),
          values: nestValues(values),
        });
        // "Zapisz i dodaj 10 wierszy" of the list of documents: saved, then shown with 10 more empty rows.
        const rows = values.addRows ? `&wiersze=${(Number(values._documentRows) || 0) + 10}` : "";
        return redirect(`${page}?komunikat=saved${rows}#${values.section}`);
      }, values);
    if (values.intent === "submit")
      return await runAction(async () => {
        const result = await submitReport({ ...d, reportId });
        return redirectWithNotice(page, result.repeated ? "alreadySubmitted" : "submitted");
      }, values);
    await getReport({ ...d, reportId });
  } catch (error) {
    return refusalPage(context, error, { type: "report", id: reportId });
  }
  throw data({ messageKey: "error.validation" }, { status: 400 });
}

/** A submitted version's PDF as a download. */
export async function reportPdfResponse(
  context: Context,
  request: Request,
  reportId: unknown,
  number: unknown,
): Promise<Response> {
  requireUser(context, request);
  const d = deps(context);
  const pdf = await orRefusalPage(
    context,
    reportVersionPdf({
      db: d.db,
      tenantId: d.tenantId,
      viewer: { kind: "member", actor: d.actor },
      reportId,
      number,
    }),
    { type: "report", id: reportId },
  );
  return pdfResponse(pdf);
}

export function pdfResponse(pdf: { filename: string; bytes: Buffer }): Response {
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdf.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
