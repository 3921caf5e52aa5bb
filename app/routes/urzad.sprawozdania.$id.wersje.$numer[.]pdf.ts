import { officeReportPdfResponse } from "../lib/reports/office.server";
import type { Route } from "./+types/urzad.sprawozdania.$id.wersje.$numer[.]pdf";

/** GET /urzad/sprawozdania/:id/wersje/:numer.pdf — a submitted version of the report for the office. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return officeReportPdfResponse(context, request, params.id, params.numer);
}
