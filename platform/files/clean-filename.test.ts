import { describe, expect, it } from "vitest";
import { cleanFilename, MAX_FILENAME_LENGTH, withExtensionOf } from "./clean-filename";

describe("cleanFilename", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["..\\..\\Windows\\system32\\cmd.exe", "cmd.exe"],
    ["C:\\Users\\Anna\\Pulpit\\Statut stowarzyszenia.pdf", "Statut stowarzyszenia.pdf"],
    ["/var/www/../statut.pdf", "statut.pdf"],
    [".htaccess", "htaccess"],
    ["...", "plik"],
    ["", "plik"],
    ["   ", "plik"],
    ["folder/", "plik"],
    ["zażółć\u0000gęślą\u001fjaźń.odt", "zażółćgęśląjaźń.odt"],
    ["Sprawozdanie\u202Efdp.exe", "Sprawozdaniefdp.exe"],
    ["  Oferta   2026 .pdf. ", "Oferta 2026 .pdf"],
    ["ŁÓDŹ – wyciąg z KRS.PDF", "ŁÓDŹ – wyciąg z KRS.PDF"],
  ])("%j → %j", (input, expected) => {
    expect(cleanFilename(input)).toBe(expected);
  });

  it("keeps Polish letters composed (NFC)", () => {
    expect(cleanFilename("z\u0307o\u0301łw.pdf")).toBe("żółw.pdf");
  });

  it("limits the length and keeps the extension", () => {
    const long = `${"ą".repeat(300)}.docx`;
    const cleaned = cleanFilename(long);
    expect([...cleaned].length).toBe(MAX_FILENAME_LENGTH);
    expect(cleaned.endsWith(".docx")).toBe(true);
  });
});

describe("withExtensionOf", () => {
  it("adds the sniffed type's extension when the name has another", () => {
    expect(withExtensionOf("statut.pdf", "pdf")).toBe("statut.pdf");
    expect(withExtensionOf("zdjęcie.JPEG", "jpg")).toBe("zdjęcie.JPEG");
    expect(withExtensionOf("oferta.exe", "pdf")).toBe("oferta.exe.pdf");
    expect(withExtensionOf("plik", "odt")).toBe("plik.odt");
  });
});
