import { renderProtocolDocx } from "~/domain/ranking/protocol-docx.server";
import { loadProtocol, protocolResponse } from "../lib/ranking/ranking-route.server";
import type { Route } from "./+types/urzad.konkursy.$id.protokol[.]docx";

/** GET /urzad/konkursy/:id/protokol.docx — the committee's protocol as an editable DOCX, for the office. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const input = await loadProtocol(context, request, params.id);
  return protocolResponse(await renderProtocolDocx(input), "docx");
}
