import type { Content } from "pdfmake/interfaces";
import { pdfCaptionedTable, pdfHeading, pdfParagraph, renderPdf } from "../../platform/documents/pdf.server";
import { type AnnexBlock, type AnnexInput, annexTitle, buildAnnex } from "./annex-document";

/** The annex as a PDF (fonts, page layout, page numbers: platform/documents/pdf.server.ts). */

function blockContent(block: AnnexBlock): Content {
  switch (block.kind) {
    case "heading":
      return block.level === 1
        ? pdfHeading(block.text, 1)
        : { ...pdfHeading(block.text, 2), alignment: "center" };
    case "paragraph":
      return pdfParagraph(block.text);
    case "table":
      return pdfCaptionedTable(
        block,
        block.header.map((_, i) => (i === 0 && block.header.length > 3 ? "auto" : "*")),
      );
    case "signatures":
      return {
        columns: block.parties.map((party) => ({
          stack: [
            { text: "……………………………………………", margin: [0, 36, 0, 0] },
            { text: party, alignment: "center" },
          ],
        })),
        margin: [0, 12, 0, 12],
      };
  }
}

export async function renderAnnexPdf(input: AnnexInput): Promise<Buffer> {
  return renderPdf({
    title: annexTitle(input),
    issuer: input.tenantName,
    subject: "Aneks do umowy o realizację zadania publicznego (Dz.U. 2018 poz. 2057, zał. 3)",
    language: "pl",
    footerText: annexTitle(input),
    content: buildAnnex(input).map(blockContent),
  });
}
