export interface XlsxColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

/**
 * One worksheet with a bold, frozen header row, column widths and an auto-filter. Every value is
 * written as text or a number, never as a formula, so a cell starting with "=" stays text.
 */
export async function toXlsx(options: {
  sheetName: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly (string | number | null)[])[];
  creator?: string;
}): Promise<Buffer> {
  // Loaded on first use: a sixth of a second of a server's start otherwise.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? "Pożytek";
  // Sheet names are at most 31 characters and cannot hold []:*?/\ (Excel's rule).
  const sheet = workbook.addWorksheet(options.sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = options.columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of options.rows) sheet.addRow(row.map((v) => v ?? ""));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: options.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
