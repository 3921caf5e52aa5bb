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
import { type AnnexBlock, type AnnexInput, annexTitle, buildAnnex } from "./annex-document";

/**
 * The annex as a DOCX for the office to print and sign: real headings, tables with a header row
 * repeated on every page and a caption above each, Polish language.
 */

function cell(text: string, header = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}

function blockChildren(block: AnnexBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        new Paragraph({
          text: block.text,
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          alignment: block.level === 1 ? AlignmentType.LEFT : AlignmentType.CENTER,
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
      return [
        new Paragraph({ text: "" }),
        new Paragraph({
          children: [new TextRun("……………………………………………"), new TextRun({ text: "\t……………………………………………" })],
          tabStops: [{ type: "left", position: 5000 }],
        }),
        new Paragraph({
          children: block.parties.flatMap((p, i) => (i === 0 ? [new TextRun(p)] : [new TextRun(`\t${p}`)])),
          tabStops: [{ type: "left", position: 5000 }],
        }),
      ];
  }
}

export async function renderAnnexDocx(input: AnnexInput): Promise<Buffer> {
  const doc = new Document({
    title: annexTitle(input),
    creator: input.tenantName,
    description: "Aneks do umowy o realizację zadania publicznego (Dz.U. 2018 poz. 2057, zał. 3)",
    styles: {
      default: { document: { run: { font: "Calibri", language: { value: "pl-PL" } } } },
      paragraphStyles: [
        { id: "Caption", name: "Caption", basedOn: "Normal", next: "Normal", run: { bold: true, size: 20 } },
      ],
    },
    sections: [{ children: buildAnnex(input).flatMap(blockChildren) }],
  });
  return Packer.toBuffer(doc);
}
