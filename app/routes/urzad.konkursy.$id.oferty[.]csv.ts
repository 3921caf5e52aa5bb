import { toCsv } from "~/platform/export/csv";
import { officeDownloadHeaders, officeOffersExport } from "../lib/offers/office.server";
import type { Route } from "./+types/urzad.konkursy.$id.oferty[.]csv";

/** GET /urzad/konkursy/:id/oferty.csv — the competition's offers for Polish spreadsheets (formulas neutralised). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const table = await officeOffersExport(context, request, params.id);
  // Amounts in CSV as Polish numbers ("1234,56"): the semicolon-separated file is read by a Polish spreadsheet.
  const rows = table.rows.map((row) =>
    row.map((v, i) => {
      if (typeof v !== "number") return v;
      return (table.columns[i]?.money ? v.toFixed(2) : String(v)).replace(".", ",");
    }),
  );
  const csv = toCsv(
    table.columns.map((c) => c.header),
    rows,
  );
  return new Response(csv, {
    headers: officeDownloadHeaders("text/csv; charset=utf-8", `${table.filename}.csv`),
  });
}
