import { annexFile } from "../lib/annexes/annex-files.server";
import type { Route } from "./+types/urzad.umowy.$id.aneksy.$numer[.]pdf";

/** GET /urzad/umowy/:id/aneksy/:numer.pdf — the annex (Aneks nr N) as a PDF, for the office. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return annexFile(context, request, params, "office", "pdf");
}
