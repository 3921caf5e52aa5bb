import { renderProtocolPdf } from "~/domain/ranking/protocol-pdf.server";
import { loadProtocol, protocolResponse } from "../lib/ranking/ranking-route.server";
import type { Route } from "./+types/urzad.konkursy.$id.protokol[.]pdf";

/** GET /urzad/konkursy/:id/protokol.pdf — the committee's protocol as a PDF, for the office. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const input = await loadProtocol(context, request, params.id);
  return protocolResponse(await renderProtocolPdf(input), "pdf");
}
