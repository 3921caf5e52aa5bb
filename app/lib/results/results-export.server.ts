import type { RouterContextProvider } from "react-router";
import type { Grant } from "~/domain/results/list-grants";
import type { ResultRow } from "~/domain/results/read-results";
import { toCsv } from "~/platform/export/csv";
import { toXlsx, type XlsxColumn } from "~/platform/export/xlsx.server";
import { attachmentDisposition } from "~/platform/files/content-disposition";
import { warsawDateOf } from "~/platform/format/dates";
import { type Translate, translator } from "../../i18n/catalog";
import { preferencesContext, servicesContext } from "../contexts";

/*
 * The results and the grants as downloads (CSV for Polish spreadsheets, XLSX with amounts as
 * numbers): one table model, money columns in złoty with two decimals. Public data: open to every
 * origin and cacheable for a minute, like the NGO base's downloads.
 */

type Cell = string | number | null;
export interface ExportTable {
  columns: (XlsxColumn & { money: boolean })[];
  rows: Cell[][];
  filename: string;
  sheetName: string;
}

interface Column<R> {
  key: string;
  width: number;
  money?: boolean;
  value: (r: R, t: Translate) => Cell;
}

const zloty = (grosze: number) => Math.round(grosze) / 100;
const MONEY_FORMAT = "#,##0.00";

const RESULT_COLUMNS: Column<ResultRow>[] = [
  { key: "results.col.status", width: 28, value: (r, t) => t(`results.status.${r.status}`) },
  { key: "results.col.organization", width: 45, value: (r) => r.organizationName },
  { key: "results.col.register", width: 14, value: (r) => r.registerNumber },
  { key: "results.col.title", width: 50, value: (r) => r.offerTitle },
  { key: "results.col.requested", width: 16, money: true, value: (r) => zloty(r.requestedAmount) },
  {
    key: "results.col.awarded",
    width: 16,
    money: true,
    value: (r) => zloty(r.status === "funded" ? r.awardedAmount : 0),
  },
  {
    key: "results.col.score",
    width: 10,
    value: (r) => (r.scoreHundredths === null ? null : r.scoreHundredths / 100),
  },
  {
    key: "results.col.correction",
    width: 40,
    value: (r, t) =>
      r.correction
        ? t("results.correction.short", { number: r.correction.number, date: r.correction.decisionDate })
        : "",
  },
];

const GRANT_COLUMNS: Column<Grant>[] = [
  { key: "results.col.decisionDate", width: 12, value: (g) => g.decisionDate },
  { key: "results.col.competition", width: 50, value: (g) => g.competitionTitle },
  { key: "results.col.organization", width: 45, value: (g) => g.organizationName },
  { key: "results.col.register", width: 14, value: (g) => g.registerNumber },
  { key: "results.col.title", width: 50, value: (g) => g.taskTitle },
  { key: "results.col.awarded", width: 16, money: true, value: (g) => zloty(g.awardedAmount) },
];

function tableOf<R>(
  context: Readonly<RouterContextProvider>,
  columns: Column<R>[],
  items: readonly R[],
  names: { file: string; sheetKey: string },
): ExportTable {
  const t = translator(context.get(preferencesContext).locale);
  return {
    columns: columns.map((c) => ({ header: t(c.key), width: c.width, money: c.money === true })),
    rows: items.map((r) => columns.map((c) => c.value(r, t))),
    filename: names.file,
    sheetName: t(names.sheetKey),
  };
}

/** The results of a competition as a table, dated by today's Warsaw date. */
export function resultsTable(
  context: Readonly<RouterContextProvider>,
  rows: readonly ResultRow[],
): ExportTable {
  const day = warsawDateOf(context.get(servicesContext).clock.now());
  return tableOf(context, RESULT_COLUMNS, rows, {
    file: `wyniki-konkursu-${day}`,
    sheetKey: "results.export.sheet",
  });
}

/** The grants of a year as a table. */
export function grantsTable(
  context: Readonly<RouterContextProvider>,
  grants: readonly Grant[],
  year: number,
) {
  return tableOf(context, GRANT_COLUMNS, grants, {
    file: `dotacje-${year}`,
    sheetKey: "results.grants.sheet",
  });
}

/** Headers of a public download: the file's name, open to every origin, cacheable for a minute. */
function publicDownloadHeaders(contentType: string, filename: string) {
  return {
    "Content-Type": contentType,
    "Content-Disposition": attachmentDisposition(filename),
    "Cache-Control": "public, max-age=60",
    "Access-Control-Allow-Origin": "*",
  };
}

/** The table as CSV (amounts as Polish numbers, "1234,56"). */
export function csvResponse(table: ExportTable): Response {
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
    headers: publicDownloadHeaders("text/csv; charset=utf-8", `${table.filename}.csv`),
  });
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The table as a workbook (the platform's sheet, never formulas) with the money columns formatted. */
export async function xlsxResponse(table: ExportTable): Promise<Response> {
  const plain = await toXlsx({ sheetName: table.sheetName, columns: table.columns, rows: table.rows });
  // Loaded on first use: a sixth of a second of a server's start otherwise.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(plain as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("export sheet missing");
  table.columns.forEach((c, i) => {
    if (c.money) sheet.getColumn(i + 1).numFmt = MONEY_FORMAT;
  });
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return new Response(new Uint8Array(file), {
    headers: publicDownloadHeaders(XLSX_TYPE, `${table.filename}.xlsx`),
  });
}
