import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toXlsx } from "./xlsx.server";

describe("XLSX export", () => {
  it("writes a header row, widths and text cells that are never formulas", async () => {
    const buffer = await toXlsx({
      sheetName: "Organizacje: baza/2026",
      columns: [
        { header: "Nazwa", width: 40 },
        { header: "Telefon", width: 18 },
      ],
      rows: [
        ['=HYPERLINK("http://zly.example")', "+48 34 370 70 00"],
        ["Żółta Fundacja", null],
      ],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Organizacje  baza 2026");
    expect(sheet.getRow(1).values).toEqual([undefined, "Nazwa", "Telefon"]);
    expect(sheet.getColumn(1).width).toBe(40);
    const hostile = sheet.getCell("A2");
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.value).toBe('=HYPERLINK("http://zly.example")');
    expect(sheet.getCell("A3").value).toBe("Żółta Fundacja");
  });
});
