import type { Content } from "pdfmake/interfaces";
import { pdfCaptionedTable, pdfHeading, pdfParagraph, renderPdf } from "../../platform/documents/pdf.server";
import {
  buildContract,
  type ContractBlock,
  type ContractDocumentInput,
  contractTitleOf,
} from "./contract-blocks";

/** The contract as a PDF (fonts, page layout, page numbers: platform/documents/pdf.server.ts). */

function blockContent(block: ContractBlock): Content {
  switch (block.kind) {
    case "heading":
      return pdfHeading(block.text, block.level);
    case "paragraph":
      return pdfParagraph(block.text);
    case "list":
      return { ol: block.items, margin: [0, 0, 0, 6] };
    case "table":
      return pdfCaptionedTable(block);
    case "signatures":
      return {
        columns: block.parties.map((party) => ({
          stack: [
            { text: party.title, bold: true, margin: [0, 18, 0, 0] },
            ...party.names.flatMap((name) => [
              { text: "……………………………………………", margin: [0, 24, 0, 0] },
              { text: name, style: "small" },
            ]),
          ],
        })),
        columnGap: 20,
      } as Content;
  }
}

export async function renderContractPdf(input: ContractDocumentInput & { issuer: string }): Promise<Buffer> {
  return renderPdf({
    title: contractTitleOf(input.content),
    issuer: input.issuer,
    subject: "Umowa o realizację zadania publicznego (Dz.U. 2018 poz. 2057, załącznik nr 3)",
    language: "pl",
    headerDetail: `Umowa nr ${input.content.number}, wersja ${input.versionNumber}`,
    footerText: input.content.taskTitle,
    content: buildContract(input).map(blockContent),
  });
}
