import { renderToString } from "react-dom/server";
import { createRoutesStub } from "react-router";
import { describe, expect, it } from "vitest";
import { offerChecksum } from "~/domain/offers/checksum.server";
import { formatChecksum } from "~/domain/offers/document";
import { fullOfferDocument } from "~/domain/offers/testing/full-offer-document";
import { type OfferDocumentReceipt, OfferDocumentView } from "./offer-document-view";

let props: { document: ReturnType<typeof fullOfferDocument>; receipt: OfferDocumentReceipt | null };

function Harness() {
  return <OfferDocumentView document={props.document} receipt={props.receipt} />;
}

/** Renders the view inside a data router (useT reads the root loader's data; without it, Polish). */
function render(receipt: OfferDocumentReceipt | null, document = fullOfferDocument()): string {
  props = { document, receipt };
  const Stub = createRoutesStub([{ id: "root", path: "/", Component: Harness }]);
  return renderToString(<Stub initialEntries={["/"]} />).replace(/\u00a0|&nbsp;|&#160;/g, " ");
}

const headings = (html: string) =>
  [...html.matchAll(/<h([2-4])[^>]*>(.*?)<\/h\1>/g)].map((m) => ({ level: Number(m[1]), text: m[2] ?? "" }));

describe("the offer document as HTML", () => {
  it("has a heading per section with the template's numerals, in order and without skipped levels", () => {
    const document = fullOfferDocument();
    const checksum = offerChecksum(document);
    const html = render(
      { receiptNumber: "OF/2026/000123", checksum, submittedAt: new Date("2026-04-10T12:59:31Z") },
      document,
    );
    const h = headings(html);
    const h2 = h.filter((x) => x.level === 2).map((x) => x.text);
    expect(h2).toEqual([
      "Potwierdzenie złożenia",
      "I. Podstawowe informacje o złożonej ofercie",
      "II. Dane oferenta(-tów)",
      "III. Opis zadania",
      "IV. Charakterystyka oferenta",
      "V. Kalkulacja przewidywanych kosztów realizacji zadania publicznego",
      "VI. Inne informacje",
      "VII. Oświadczenia",
      "Osoby upoważnione do składania oświadczeń woli w imieniu oferentów",
      "Załączniki",
    ]);
    h.forEach((x, i) => {
      if (i > 0) expect(x.level - (h[i - 1]?.level ?? 2), x.text).toBeLessThanOrEqual(1);
    });
    expect(h.map((x) => x.text)).toContain("4. Plan i harmonogram działań na rok 2027");
    expect(h.map((x) => x.text)).toContain("V.C Podział kosztów realizacji zadania pomiędzy oferentów");

    // The checksum once, in the receipt's description list.
    expect(html.split(formatChecksum(checksum))).toHaveLength(2);
    expect(html).toMatch(/<dl class="facts"><dt>Numer potwierdzenia<\/dt><dd>OF\/2026\/000123<\/dd>/);
    expect(html).toContain("10.04.2026, 14:59 (czasu warszawskiego)");
  });

  it("shows amounts right-aligned in tables with captions and header cells", () => {
    const html = render(null);
    expect(html).toMatch(/<td style="text-align:right;white-space:nowrap">1 234,56<\/td>/);
    expect(html).toContain(">66 578,31<");
    expect(html).toContain("Razem koszty działania 10");
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="rowgroup"');
    const tables = html.match(/<table>/g)?.length ?? 0;
    expect(tables).toBeGreaterThan(5);
    expect(html.match(/<caption/g)).toHaveLength(tables);
    expect(html).toContain("PROJEKT — wersja robocza oferty");
    expect(html).not.toContain("Suma kontrolna");
  });
});
