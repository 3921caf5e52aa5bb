import type { Content, TableCell } from "pdfmake/interfaces";
import { formatFileSize } from "../../platform/files/limits";
import { formatChecksum, type OfferDocument } from "./document";
import { GRID, grid, th } from "./offer-pdf-blocks.server";

/*
 * The end of the offer's PDF: a signature box for each person authorised to represent each
 * offeror (name, function, "data i podpis"), then the attachments with their SHA-256, so the
 * signed paper copy names exactly the files submitted.
 */

function signatureBox(person: { name: string; function: string } | null): TableCell {
  return {
    stack: [
      { text: person?.name || "imię i nazwisko", bold: Boolean(person?.name) },
      { text: person?.function || "funkcja", style: "small" },
      { text: " ", margin: [0, 28, 0, 0] },
      { canvas: [{ type: "line", x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.5, dash: { length: 2 } }] },
      { text: "data i podpis", style: "small" },
    ],
    margin: [4, 4, 4, 4],
  };
}

/** Signature boxes, one per representative of each offeror, on a page of their own. */
export function signaturesSection(doc: OfferDocument): Content[] {
  const out: Content[] = [
    {
      text: "Podpisy osób upoważnionych do składania oświadczeń woli w imieniu oferentów",
      style: "h2",
      pageBreak: "before",
    },
  ];
  for (const offeror of doc.offerors) {
    const people = offeror.representatives.length ? offeror.representatives : [null];
    const rows: TableCell[][] = [];
    for (let i = 0; i < people.length; i += 2) {
      const second = i + 1 < people.length ? signatureBox(people[i + 1] ?? null) : { text: "" };
      rows.push([signatureBox(people[i] ?? null), second]);
    }
    out.push({
      unbreakable: true,
      stack: [
        { text: offeror.name, style: "h3" },
        {
          table: { widths: ["*", "*"], dontBreakRows: true, body: rows },
          layout: GRID,
          margin: [0, 0, 0, 8],
        },
      ],
    });
  }
  return out;
}

/** The list of attachments with the SHA-256 of each file. */
export function attachmentsSection(doc: OfferDocument): Content[] {
  return [
    { text: "Załączniki", style: "h2" },
    doc.attachments.length
      ? grid(
          [22, "*", 190],
          [[th("Lp."), th("Załącznik"), th("Skrót SHA-256 treści pliku")]],
          doc.attachments.map((a, i): TableCell[] => [
            String(i + 1),
            {
              stack: [
                { text: a.filename, bold: true },
                { text: `${a.requirement ?? "Inny załącznik"} · ${formatFileSize(a.size)}`, style: "small" },
              ],
            },
            { text: formatChecksum(a.sha256), fontSize: 7 },
          ]),
          9,
        )
      : { text: "Brak załączników." },
  ];
}
