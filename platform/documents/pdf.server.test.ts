import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./pdf.server";

const PDFTOTEXT = "/usr/bin/pdftotext";

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pdf-"));
  const file = path.join(dir, "document.pdf");
  writeFileSync(file, pdf);
  return execFileSync(PDFTOTEXT, ["-layout", file, "-"], { encoding: "utf8" });
}

describe("PDF documents", () => {
  it("renders A4 PDF bytes", async () => {
    const pdf = await renderPdf({ title: "T", issuer: "Gmina", footerText: "Stopka", content: ["Treść"] });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it.skipIf(!existsSync(PDFTOTEXT))(
    "keeps Polish letters, the issuer and a page number on every page",
    async () => {
      const pdf = await renderPdf({
        title: "Zażółć gęślą jaźń",
        issuer: "Gmina Miasto Częstochowa",
        footerText: "Oferta realizacji zadania",
        content: [
          { text: "Zażółć gęślą jaźń", style: "h1" },
          { text: "Druga strona", pageBreak: "before" },
        ],
      });
      const text = pdfText(pdf);
      expect(text).toContain("Zażółć gęślą jaźń");
      expect(text.match(/Gmina Miasto Częstochowa/g)).toHaveLength(2);
      expect(text).toContain("Strona 1 z 2");
      expect(text).toContain("Strona 2 z 2");
      expect(text).toContain("Oferta realizacji zadania");
    },
  );
});
