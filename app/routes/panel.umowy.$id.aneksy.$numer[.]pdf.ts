import { annexFile } from "../lib/annexes/annex-files.server";
import type { Route } from "./+types/panel.umowy.$id.aneksy.$numer[.]pdf";

/** GET /panel/umowy/:id/aneksy/:numer.pdf — the annex (Aneks nr N) as a PDF, for the organisation's people. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return annexFile(context, request, params, "organization", "pdf");
}
