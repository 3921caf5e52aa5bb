import type { Content } from "pdfmake/interfaces";
import { pdfCaptionedTable, pdfHeading, pdfParagraph, renderPdf } from "../../platform/documents/pdf.server";
import { buildProtocol, type ProtocolBlock, type ProtocolInput } from "./protocol";

/** The committee's protocol as a PDF (fonts, page layout, page numbers: platform/documents/pdf.server.ts). */

function blockContent(block: ProtocolBlock): Content {
  switch (block.kind) {
    case "heading":
      return pdfHeading(block.text, block.level);
    case "paragraph":
      return pdfParagraph(block.text);
    case "table":
      return pdfCaptionedTable(block);
    case "signatures":
      return {
        table: {
          widths: ["*", 200],
          body: block.names.map((name) => [
            { text: name, margin: [0, 18, 0, 0] },
            { text: "……………………………………………", margin: [0, 18, 0, 0] },
          ]),
        },
        layout: "noBorders",
      };
  }
}

export async function renderProtocolPdf(input: ProtocolInput): Promise<Buffer> {
  return renderPdf({
    title: `Protokół z prac komisji konkursowej — ${input.ranking.competition.title}`,
    issuer: input.tenantName,
    subject: "Protokół z prac komisji konkursowej (art. 15 UDPP)",
    language: "pl",
    footerText: input.ranking.competition.title,
    content: buildProtocol(input).map(blockContent),
  });
}
