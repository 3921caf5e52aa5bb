import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { buildProtocol, type ProtocolBlock, type ProtocolInput } from "./protocol";

/**
 * The committee's protocol as a DOCX for the office to edit and sign: real headings (Heading 1/2),
 * tables with a header row repeated on every page and a caption above each, Polish language.
 */

function cell(text: string, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
  });
}

function blockChildren(block: ProtocolBlock): (Paragraph | Table)[] {
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
      return block.names.flatMap((name) => [
        new Paragraph({ text: "" }),
        new Paragraph({
          children: [new TextRun(name), new TextRun({ text: "\t……………………………………………" })],
          alignment: AlignmentType.LEFT,
          tabStops: [{ type: "left", position: 5000 }],
        }),
      ]);
  }
}

export async function renderProtocolDocx(input: ProtocolInput): Promise<Buffer> {
  const doc = new Document({
    title: `Protokół z prac komisji konkursowej — ${input.ranking.competition.title}`,
    creator: input.tenantName,
    description: "Protokół z prac komisji konkursowej (art. 15 UDPP)",
    styles: {
      default: { document: { run: { font: "Calibri", language: { value: "pl-PL" } } } },
      paragraphStyles: [
        { id: "Caption", name: "Caption", basedOn: "Normal", next: "Normal", run: { bold: true, size: 20 } },
      ],
    },
    sections: [{ children: buildProtocol(input).flatMap(blockChildren) }],
  });
  return Packer.toBuffer(doc);
}
