import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { offerChecksum } from "./checksum.server";
import { formatChecksum } from "./document";
import { renderOfferPdf } from "./offer-pdf.server";
import { fullOfferDocument, fullOfferSections } from "./testing/full-offer-document";

const PDFTOTEXT = "/usr/bin/pdftotext";
const PDFINFO = "/usr/bin/pdfinfo";
const TENANT = "Gmina Miasto Częstochowa";

function pdfFile(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "offer-pdf-"));
  const file = path.join(dir, "oferta.pdf");
  writeFileSync(file, pdf);
  return file;
}

/** The text of each page (pdftotext ends every page with a form feed). */
function pdfPages(pdf: Buffer): string[] {
  const text = execFileSync(PDFTOTEXT, ["-layout", pdfFile(pdf), "-"], { encoding: "utf8" });
  // NBSP (grouping in "1 234,56") comes out as U+00A0; compare with plain spaces.
  return text
    .replace(/\u00a0/g, " ")
    .split("\f")
    .filter((page) => page.trim());
}

describe.skipIf(!existsSync(PDFTOTEXT))("offer PDF", () => {
  it("prints a submitted joint offer on the template, with the checksum on every page", async () => {
    const document = fullOfferDocument();
    const checksum = offerChecksum(document);
    const pdf = await renderOfferPdf({
      document,
      receipt: {
        receiptNumber: "OF/2026/000123",
        checksum,
        submittedAt: new Date("2026-04-10T12:59:31Z"),
      },
      tenantName: TENANT,
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdfPages(pdf);
    const text = pages.join("\n");

    expect(pages.length).toBeGreaterThan(3);
    const printed = `Suma kontrolna: ${formatChecksum(checksum)}`;
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(printed);
      expect(page, `page ${i + 1}`).toContain(`Strona ${i + 1} z ${pages.length}`);
      expect(page, `page ${i + 1}`).toContain("Oferta nr OF/2026/000123, złożona 10.04.2026, 14:59");
    });
    expect(text).toContain("Strona 1 z ");

    for (const heading of [
      "OFERTA WSPÓLNA REALIZACJI ZADANIA PUBLICZNEGO",
      "O KTÓREJ MOWA W ART. 14 UST. 2 USTAWY Z DNIA 24 KWIETNIA 2003 R.",
      "I. Podstawowe informacje o złożonej ofercie",
      "1. Organ administracji publicznej, do którego",
      "2. Rodzaj zadania publicznego",
      "II. Dane oferenta(-tów)",
      "2. Dane osoby upoważnionej do składania wyjaśnień dotyczących oferty",
      "III. Opis zadania",
      "1. Tytuł zadania publicznego",
      "2. Termin realizacji zadania publicznego",
      "3. Syntetyczny opis zadania",
      "4. Plan i harmonogram działań na rok 2026",
      "4. Plan i harmonogram działań na rok 2027",
      "5. Opis zakładanych rezultatów realizacji zadania publicznego",
      "6. Dodatkowe informacje dotyczące rezultatów realizacji zadania publicznego",
      "IV. Charakterystyka oferenta",
      "V. Kalkulacja przewidywanych kosztów realizacji zadania publicznego",
      "V.A Zestawienie kosztów realizacji zadania",
      "Koszty realizacji działań",
      "Razem koszty działania 10",
      "Koszty administracyjne",
      "Suma wszystkich kosztów realizacji zadania",
      "V.B Źródła finansowania kosztów realizacji zadania",
      "Planowana dotacja w ramach niniejszej oferty",
      "3.2.1",
      "Wkład własny osobowy",
      "V.C Podział kosztów realizacji zadania pomiędzy oferentów",
      "VI. Inne informacje",
      "VII. Oświadczenia",
      "Podpisy osób upoważnionych do składania oświadczeń woli w imieniu oferentów",
      "Załączniki",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Zażółć gęślą jaźń");
    for (const letter of "ąćęłńóśźżĆŁŚŹŻ") expect(text, letter).toContain(letter);
    // The first cost row, the totals of V.A and the shares of V.B.
    const c = document.calculation;
    const pln = (grosze: number) =>
      `${Math.floor(grosze / 100)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${String(grosze % 100).padStart(2, "0")}`;
    expect(text).toContain("1 234,56");
    expect(text).toContain(pln(c.total));
    expect(text).toContain(pln(c.actions));
    expect(text).toContain(pln(document.sections.costs.sources.grant));
    expect(text).toMatch(/Suma wszystkich kosztów realizacji zadania\s+66 578,31\s+100,00/);
    expect(text).toContain("Rok 2027");
    // Signatures of each representative, attachments with their SHA-256.
    for (const name of ["Małgorzata Źrebięcka", "Łukasz Ślęzak", "Żaneta Ćwik"]) expect(text).toContain(name);
    expect(text.match(/data i podpis/g)).toHaveLength(3);
    expect(text).toContain("9F86D081 884C7D65");
    expect(text).toContain("OF/2026/000123");
    expect(text).toContain("10 kwietnia 2026 r., godz. 14:59:31");
    expect(text).not.toContain("PROJEKT");
  });

  it("sets the title, author and language of the document", async () => {
    const pdf = await renderOfferPdf({ document: fullOfferDocument(), receipt: null, tenantName: TENANT });
    expect(pdf.includes("/Lang (pl)")).toBe(true);
    if (!existsSync(PDFINFO)) return;
    const info = execFileSync(PDFINFO, [pdfFile(pdf)], { encoding: "utf8" });
    expect(info).toMatch(/Title:\s+Projekt oferty: Sąsiedzka opieka wytchnieniowa/);
    expect(info).toMatch(/Author:\s+Gmina Miasto Częstochowa/);
  });

  it("marks a draft preview as PROJEKT and prints no checksum", async () => {
    const pdf = await renderOfferPdf({ document: fullOfferDocument(), receipt: null, tenantName: TENANT });
    const pages = pdfPages(pdf);
    expect(pages[0]).toContain("PROJEKT");
    for (const page of pages) {
      expect(page).toContain("Wersja robocza — bez sumy kontrolnej");
      expect(page).not.toContain("Suma kontrolna:");
    }
  });

  it("prints an offer of one offeror without V.C, and a five-year cost table on landscape pages", async () => {
    const sections = fullOfferSections();
    const rows = sections.costs.rows.map((row, i) => ({ ...row, year: 2026 + (i % 5) }));
    const document = fullOfferDocument({
      offerors: fullOfferDocument().offerors.slice(0, 1),
      sections: { ...sections, costs: { ...sections.costs, rows, split: [] } },
    });
    const checksum = offerChecksum(document);
    const pdf = await renderOfferPdf({
      document,
      receipt: { receiptNumber: "OF/2026/000124", checksum, submittedAt: new Date("2026-04-10T10:00:00Z") },
      tenantName: TENANT,
    });
    const pages = pdfPages(pdf);
    const text = pages.join("\n");
    expect(text).toContain("OFERTA REALIZACJI ZADANIA PUBLICZNEGO");
    expect(text).toContain("ART. 14 UST. 1 USTAWY");
    expect(text).not.toContain("V.C Podział kosztów");
    expect(text).toContain("Rok 2030");
    for (const page of pages) expect(page).toContain(formatChecksum(checksum));
  });
});
