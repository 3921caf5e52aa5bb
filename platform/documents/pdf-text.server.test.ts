import type { Content } from "pdfmake/interfaces";
import { describe, expect, it } from "vitest";
import { renderPdf } from "./pdf.server";
import { extractPdfText, looksLikePdf } from "./pdf-text.server";

const createPdf = (opts: { content: Content[] }) =>
  renderPdf({ title: "Test", issuer: "Gmina Test", footerText: "stopka", content: opts.content });

describe("extractPdfText", () => {
  it("reads the text of a PDF made by the platform, Polish letters included", async () => {
    const pdf = await createPdf({
      content: [{ text: "Zażółć gęślą jaźń" }, { text: "Druga linia 12345678" }],
    });
    const result = await extractPdfText(pdf);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pages).toBe(1);
      expect(result.text).toContain("Zażółć gęślą jaźń");
      expect(result.text).toContain("12345678");
    }
  });

  it("answers notPdf for other bytes and broken for a damaged PDF, without throwing", async () => {
    expect(await extractPdfText(new TextEncoder().encode("nie jestem PDF-em"))).toEqual({
      ok: false,
      reason: "notPdf",
    });
    const pdf = await createPdf({ content: [{ text: "tekst" }] });
    const damaged = new Uint8Array(pdf.subarray(0, 200));
    expect(looksLikePdf(damaged)).toBe(true);
    expect(await extractPdfText(damaged)).toEqual({ ok: false, reason: "broken" });
  });

  it("reads at most the pages asked for", async () => {
    const pdf = await createPdf({
      content: [{ text: "strona 1" }, { text: "strona 2", pageBreak: "before" }],
    });
    const result = await extractPdfText(pdf, { maxPages: 1 });
    expect(result).toMatchObject({ ok: true, pages: 1 });
    if (result.ok) expect(result.text).not.toContain("strona 2");
  });
});
