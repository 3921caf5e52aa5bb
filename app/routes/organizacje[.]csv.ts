import { toCsv } from "~/platform/export/csv";
import { downloadHeaders, organizationExportTable } from "../lib/portal/organization-export.server";
import type { Route } from "./+types/organizacje[.]csv";

/** GET /organizacje.csv?… — the NGO base search as CSV for Polish spreadsheets (UTF-8 with BOM, semicolons). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { columns, cells, truncated, day } = await organizationExportTable(context, request);
  const csv = toCsv(
    columns.map((c) => c.header),
    cells,
  );
  return new Response(csv, {
    headers: downloadHeaders({ contentType: "text/csv; charset=utf-8", extension: "csv", day, truncated }),
  });
}
