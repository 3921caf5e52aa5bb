import type { Content } from "pdfmake/interfaces";
import { renderPdf } from "../../platform/documents/pdf.server";
import { buildProtocol, type ProtocolBlock, type ProtocolInput } from "./protocol";

/** The committee's protocol as a PDF (fonts, page layout, page numbers: platform/documents/pdf.server.ts). */

function blockContent(block: ProtocolBlock): Content {
  switch (block.kind) {
    case "heading":
      return block.level === 1
        ? { text: block.text, style: "h1", headlineLevel: 1 }
        : { text: block.text, style: "h2", headlineLevel: 2 };
    case "paragraph":
      return { text: block.text, margin: [0, 0, 0, 6] };
    case "table":
      return {
        stack: [
          { text: block.caption, style: "h3" },
          {
            table: {
              headerRows: 1,
              widths: block.header.map(() => "*"),
              body: [block.header.map((h) => ({ text: h, bold: true })), ...block.rows],
            },
            layout: "lightHorizontalLines",
          },
        ],
        margin: [0, 0, 0, 8],
      };
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
