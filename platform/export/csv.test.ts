import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV for Polish spreadsheets", () => {
  it("neutralises cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://zly.example","klik")')).toBe(
      '"\'=HYPERLINK(""http://zly.example"",""klik"")"',
    );
    expect(csvCell("+48 34 370 70 00")).toBe("'+48 34 370 70 00");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe('"\'\r=1"');
    expect(csvCell("Fundacja = radość")).toBe("Fundacja = radość");
  });

  it("quotes separators, quotes and new lines, and leaves the rest as is", () => {
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell('Fundacja „Adullam" "x"')).toBe('"Fundacja „Adullam"" ""x"""');
    expect(csvCell("dwa\nwiersze")).toBe('"dwa\nwiersze"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(true)).toBe("true");
  });

  it("starts with the byte-order mark and ends rows with CRLF", () => {
    const csv = toCsv(["Nazwa", "Miasto"], [["Żółć", "Częstochowa"]]);
    expect(csv).toBe("\uFEFFNazwa;Miasto\r\nŻółć;Częstochowa\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
