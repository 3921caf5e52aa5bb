import { describe, expect, it } from "vitest";
import { inspectUpload } from "./inspect-upload";
import { formatFileSize, MIB } from "./limits";
import { sniffContentType } from "./sniff-content-type";
import {
  buildZip,
  compressedZipBomb,
  declaredZipBomb,
  elfExecutable,
  peExecutable,
  sampleDocx,
  sampleJpeg,
  sampleOds,
  sampleOdt,
  samplePdf,
  samplePng,
  sampleXlsx,
} from "./testing/sample-files";

const text = (s: string) => new TextEncoder().encode(s);

describe("sniffContentType", () => {
  it.each([
    ["pdf", samplePdf(), "application/pdf"],
    ["png", samplePng(), "image/png"],
    ["jpg", sampleJpeg(), "image/jpeg"],
    ["docx", sampleDocx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["xlsx", sampleXlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["odt", sampleOdt(), "application/vnd.oasis.opendocument.text"],
    ["ods", sampleOds(), "application/vnd.oasis.opendocument.spreadsheet"],
  ])("recognises %s by its content", (kind, bytes, contentType) => {
    expect(sniffContentType(bytes)).toEqual({ ok: true, kind, contentType });
  });

  it.each([
    ["an ELF executable", elfExecutable()],
    ["a PE executable", peExecutable()],
    ["HTML", text("<!doctype html><script>alert(1)</script>")],
    ["SVG", text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["a PDF header not at the start", text(" %PDF-1.4 hidden")],
    ["plain text", text("Statut stowarzyszenia")],
    ["a plain zip archive", buildZip([{ name: "program.exe", data: "MZ" }])],
    ["an empty file", new Uint8Array()],
  ])("refuses %s", (_, bytes) => {
    expect(sniffContentType(bytes)).toEqual({ ok: false, reason: "type" });
  });

  it("refuses an ODF whose mimetype entry is compressed or unknown", () => {
    const compressed = buildZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.text" }]);
    const unknown = buildZip([{ name: "mimetype", data: "text/html", method: 0 }]);
    expect(sniffContentType(compressed).ok).toBe(false);
    expect(sniffContentType(unknown).ok).toBe(false);
  });

  it("refuses a package that claims to be both a Word and an Excel document", () => {
    const both = buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w/>" },
      { name: "xl/workbook.xml", data: "<x/>" },
    ]);
    expect(sniffContentType(both)).toEqual({ ok: false, reason: "type" });
  });

  it("refuses zip bombs by their declared sizes, ratio and number of entries", () => {
    expect(sniffContentType(declaredZipBomb())).toEqual({ ok: false, reason: "zipBomb" });
    const bomb = compressedZipBomb();
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(sniffContentType(bomb)).toEqual({ ok: false, reason: "zipBomb" });
    const many = buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      ...Array.from({ length: 1001 }, (_, i) => ({ name: `word/p${i}.xml`, data: "", method: 0 as const })),
    ]);
    expect(sniffContentType(many)).toEqual({ ok: false, reason: "zipBomb" });
  });

  it("refuses a truncated or lying central directory without throwing", () => {
    const docx = sampleDocx();
    expect(sniffContentType(docx.subarray(0, docx.length - 10)).ok).toBe(false);
    const lying = new Uint8Array(docx);
    const view = new DataView(lying.buffer);
    view.setUint32(lying.length - 6, 0x7fffffff, true); // directory offset far past the end
    expect(sniffContentType(lying)).toEqual({ ok: false, reason: "type" });
  });
});

describe("inspectUpload", () => {
  it("checks size before type", () => {
    expect(inspectUpload(new Uint8Array(), { maxFileBytes: MIB })).toMatchObject({
      ok: false,
      reason: "empty",
    });
    const big = new Uint8Array(MIB + 1);
    big.set(samplePdf());
    expect(inspectUpload(big, { maxFileBytes: MIB })).toMatchObject({ ok: false, reason: "tooLarge" });
    expect(inspectUpload(samplePdf(), { maxFileBytes: MIB })).toMatchObject({ ok: true, kind: "pdf" });
  });
});

describe("formatFileSize", () => {
  it("writes sizes as Polish readers expect", () => {
    expect(formatFileSize(512)).toBe("512 B");
    expect(formatFileSize(48.3 * 1024)).toBe("48,3 kB");
    expect(formatFileSize(1.2 * MIB)).toBe("1,2 MB");
    expect(formatFileSize(10 * MIB)).toBe("10 MB");
    expect(formatFileSize(1.2 * MIB, "en")).toBe("1.2 MB");
  });
});
