import { reportPdfResponse } from "../lib/reports/ngo.server";
import type { Route } from "./+types/panel.sprawozdania.$id.wersje.$numer[.]pdf";

/** GET /panel/sprawozdania/:id/wersje/:numer.pdf — a submitted version of the report as its PDF. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return reportPdfResponse(context, request, params.id, params.numer);
}
