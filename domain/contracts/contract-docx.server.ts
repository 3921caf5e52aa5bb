import { LevelFormat, Paragraph, type Table, TextRun } from "docx";
import {
  docxCaptionedTable,
  docxHeading,
  docxSignatureLine,
  renderDocx,
} from "../../platform/documents/docx.server";
import {
  buildContract,
  type ContractBlock,
  type ContractDocumentInput,
  contractTitleOf,
} from "./contract-blocks";

/**
 * The contract as a DOCX for the office to adjust and sign: real headings (Heading 1/2), numbered
 * clauses, tables with a header row repeated on every page and a caption above each, Polish.
 */

function blockChildren(block: ContractBlock, index: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [docxHeading(block.text, block.level)];
    case "paragraph":
      return [new Paragraph({ text: block.text })];
    case "list":
      return block.items.map(
        (item) =>
          new Paragraph({ text: item, numbering: { reference: "clauses", level: 0, instance: index } }),
      );
    case "table":
      return docxCaptionedTable(block);
    case "signatures":
      return block.parties.flatMap((party) => [
        new Paragraph({ text: "" }),
        new Paragraph({ children: [new TextRun({ text: party.title, bold: true })] }),
        ...party.names.flatMap((name) => [new Paragraph({ text: "" }), docxSignatureLine(name, 6000)]),
      ]);
  }
}

export async function renderContractDocx(input: ContractDocumentInput & { issuer: string }): Promise<Buffer> {
  return renderDocx({
    title: contractTitleOf(input.content),
    creator: input.issuer,
    description: "Umowa o realizację zadania publicznego (Dz.U. 2018 poz. 2057, załącznik nr 3)",
    numbering: {
      config: [
        {
          reference: "clauses",
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    children: buildContract(input).flatMap(blockChildren),
  });
}
