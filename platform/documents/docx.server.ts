import {
  type AlignmentType,
  Document,
  HeadingLevel,
  type INumberingOptions,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";

/*
 * The pieces of every editable DOCX (protocol, contract, annex): real headings (Heading 1/2),
 * tables with a header row repeated on every page and a caption above each, signature lines, and
 * the document itself in Calibri, Polish. A procedure supplies only its blocks.
 */

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export function docxHeading(text: string, level: 1 | 2, alignment?: Alignment): Paragraph {
  return new Paragraph({
    text,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    ...(alignment ? { alignment } : {}),
  });
}

function cell(text: string, header = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}

/** The caption (kept with its table), the full-width table with its header row, a blank line. */
export function docxCaptionedTable(table: {
  caption: string;
  header: string[];
  rows: string[][];
}): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: table.caption, style: "Caption", keepNext: true }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: table.header.map((h) => cell(h, true)) }),
        ...table.rows.map((row) => new TableRow({ children: row.map((v) => cell(v)) })),
      ],
    }),
    new Paragraph({ text: "" }),
  ];
}

/** `left`, then a dotted line to sign on at the tab stop `tabPosition` (twips). */
export function docxSignatureLine(left: string, tabPosition: number, alignment?: Alignment): Paragraph {
  return new Paragraph({
    children: [new TextRun(left), new TextRun({ text: "\t……………………………………………" })],
    ...(alignment ? { alignment } : {}),
    tabStops: [{ type: "left", position: tabPosition }],
  });
}

export interface DocxDocument {
  title: string;
  /** Who issues it (the municipality's name): the creator property. */
  creator: string;
  description: string;
  numbering?: INumberingOptions;
  children: (Paragraph | Table)[];
}

/** The document in Calibri, Polish, with the caption style, to DOCX bytes. */
export async function renderDocx({ children, ...properties }: DocxDocument): Promise<Buffer> {
  const doc = new Document({
    ...properties,
    styles: {
      default: { document: { run: { font: "Calibri", language: { value: "pl-PL" } } } },
      paragraphStyles: [
        { id: "Caption", name: "Caption", basedOn: "Normal", next: "Normal", run: { bold: true, size: 20 } },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
