import { officeDownloadHeaders, officeOffersExport, officeOffersXlsx } from "../lib/offers/office.server";
import type { Route } from "./+types/urzad.konkursy.$id.oferty[.]xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET /urzad/konkursy/:id/oferty.xlsx — the competition's offers as a workbook, amounts as numbers. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const table = await officeOffersExport(context, request, params.id);
  const file = await officeOffersXlsx(table);
  return new Response(new Uint8Array(file), {
    headers: officeDownloadHeaders(XLSX_TYPE, `${table.filename}.xlsx`),
  });
}
