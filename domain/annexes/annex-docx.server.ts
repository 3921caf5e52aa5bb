import { AlignmentType, Paragraph, type Table, TextRun } from "docx";
import {
  docxCaptionedTable,
  docxHeading,
  docxSignatureLine,
  renderDocx,
} from "../../platform/documents/docx.server";
import { type AnnexBlock, type AnnexInput, annexTitle, buildAnnex } from "./annex-document";

/**
 * The annex as a DOCX for the office to print and sign: real headings, tables with a header row
 * repeated on every page and a caption above each, Polish language.
 */

function blockChildren(block: AnnexBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [
        docxHeading(block.text, block.level, block.level === 1 ? AlignmentType.LEFT : AlignmentType.CENTER),
      ];
    case "paragraph":
      return [new Paragraph({ text: block.text })];
    case "table":
      return docxCaptionedTable(block);
    case "signatures":
      return [
        new Paragraph({ text: "" }),
        docxSignatureLine("……………………………………………", 5000),
        new Paragraph({
          children: block.parties.flatMap((p, i) => (i === 0 ? [new TextRun(p)] : [new TextRun(`\t${p}`)])),
          tabStops: [{ type: "left", position: 5000 }],
        }),
      ];
  }
}

export async function renderAnnexDocx(input: AnnexInput): Promise<Buffer> {
  return renderDocx({
    title: annexTitle(input),
    creator: input.tenantName,
    description: "Aneks do umowy o realizację zadania publicznego (Dz.U. 2018 poz. 2057, zał. 3)",
    children: buildAnnex(input).flatMap(blockChildren),
  });
}
