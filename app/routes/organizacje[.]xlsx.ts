import { toXlsx } from "~/platform/export/xlsx.server";
import { downloadHeaders, organizationExportTable } from "../lib/portal/organization-export.server";
import type { Route } from "./+types/organizacje[.]xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET /organizacje.xlsx?… — the NGO base search as an Excel workbook. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { t, columns, cells, truncated, day } = await organizationExportTable(context, request);
  const file = await toXlsx({ sheetName: t("portal.export.sheet"), columns, rows: cells });
  return new Response(new Uint8Array(file), {
    headers: downloadHeaders({ contentType: XLSX_TYPE, extension: "xlsx", day, truncated }),
  });
}
