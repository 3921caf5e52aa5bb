import { annexFile } from "../lib/annexes/annex-files.server";
import type { Route } from "./+types/urzad.umowy.$id.aneksy.$numer[.]docx";

/** GET /urzad/umowy/:id/aneksy/:numer.docx — the annex (Aneks nr N) as a DOCX, for the office. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return annexFile(context, request, params, "office", "docx");
}
