import { AlignmentType, Paragraph, type Table } from "docx";
import {
  docxCaptionedTable,
  docxHeading,
  docxSignatureLine,
  renderDocx,
} from "../../platform/documents/docx.server";
import { buildProtocol, type ProtocolBlock, type ProtocolInput } from "./protocol";

/**
 * The committee's protocol as a DOCX for the office to edit and sign: real headings (Heading 1/2),
 * tables with a header row repeated on every page and a caption above each, Polish language.
 */

function blockChildren(block: ProtocolBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [docxHeading(block.text, block.level)];
    case "paragraph":
      return [new Paragraph({ text: block.text })];
    case "table":
      return docxCaptionedTable(block);
    case "signatures":
      return block.names.flatMap((name) => [
        new Paragraph({ text: "" }),
        docxSignatureLine(name, 5000, AlignmentType.LEFT),
      ]);
  }
}

export async function renderProtocolDocx(input: ProtocolInput): Promise<Buffer> {
  return renderDocx({
    title: `Protokół z prac komisji konkursowej — ${input.ranking.competition.title}`,
    creator: input.tenantName,
    description: "Protokół z prac komisji konkursowej (art. 15 UDPP)",
    children: buildProtocol(input).flatMap(blockChildren),
  });
}
