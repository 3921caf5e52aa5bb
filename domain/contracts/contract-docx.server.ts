import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
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

function cell(text: string, header = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}

function blockChildren(block: ContractBlock, index: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          text: block.text,
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        }),
      ];
    case "paragraph":
      return [new Paragraph({ text: block.text })];
    case "list":
      return block.items.map(
        (item) =>
          new Paragraph({ text: item, numbering: { reference: "clauses", level: 0, instance: index } }),
      );
    case "table":
      return [
        new Paragraph({ text: block.caption, style: "Caption", keepNext: true }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((v) => cell(v)) })),
          ],
        }),
        new Paragraph({ text: "" }),
      ];
    case "signatures":
      return block.parties.flatMap((party) => [
        new Paragraph({ text: "" }),
        new Paragraph({ children: [new TextRun({ text: party.title, bold: true })] }),
        ...party.names.flatMap((name) => [
          new Paragraph({ text: "" }),
          new Paragraph({
            children: [new TextRun(name), new TextRun({ text: "\t……………………………………………" })],
            tabStops: [{ type: "left", position: 6000 }],
          }),
        ]),
      ]);
  }
}

export async function renderContractDocx(input: ContractDocumentInput & { issuer: string }): Promise<Buffer> {
  const doc = new Document({
    title: contractTitleOf(input.content),
    creator: input.issuer,
    description: "Umowa o realizację zadania publicznego (Dz.U. 2018 poz. 2057, załącznik nr 3)",
    styles: {
      default: { document: { run: { font: "Calibri", language: { value: "pl-PL" } } } },
      paragraphStyles: [
        { id: "Caption", name: "Caption", basedOn: "Normal", next: "Normal", run: { bold: true, size: 20 } },
      ],
    },
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
    sections: [{ children: buildContract(input).flatMap(blockChildren) }],
  });
  return Packer.toBuffer(doc);
}
