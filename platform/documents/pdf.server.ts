import { createRequire } from "node:module";
import path from "node:path";
import type { Content, ContentText, StyleDictionary } from "pdfmake/interfaces";

/*
 * PDF documents of every procedure (announcements, offers, agreements): pdfmake set in the Roboto
 * TTFs that pdfmake ships (Polish letters survive text extraction; the standard PDF fonts cannot
 * encode "ż"), A4, the issuer in the running header and "Strona n z m" on every page. A procedure
 * supplies only its content.
 */

const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve("pdfmake/package.json")),
  "build/fonts/Roboto",
);

type Pdfmake = typeof import("pdfmake");
let loaded: Pdfmake | null = null;

/**
 * pdfmake, loaded on the first document (a tenth of a second of a server's start otherwise), with
 * Roboto registered once and nothing else readable: no URLs, no other files.
 */
async function preparePdfmake(): Promise<Pdfmake> {
  if (loaded) return loaded;
  const imported = (await import("pdfmake")) as Pdfmake & { default?: Pdfmake };
  const pdfmake = imported.default ?? imported;
  pdfmake.addFonts({
    Roboto: {
      normal: path.join(FONT_DIR, "Roboto-Regular.ttf"),
      bold: path.join(FONT_DIR, "Roboto-Medium.ttf"),
      italics: path.join(FONT_DIR, "Roboto-Italic.ttf"),
      bolditalics: path.join(FONT_DIR, "Roboto-MediumItalic.ttf"),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR));
  loaded = pdfmake;
  return pdfmake;
}

/** The styles every document may use: h1–h3 headings and small print. */
export const PDF_STYLES: StyleDictionary = {
  h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
  h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 6] },
  h3: { fontSize: 10, bold: true, margin: [0, 6, 0, 4] },
  small: { fontSize: 8, color: "#444444" },
};

/** A heading: h1 or h2, marked as a headline of its level. */
export function pdfHeading(text: string, level: 1 | 2): ContentText {
  return level === 1 ? { text, style: "h1", headlineLevel: 1 } : { text, style: "h2", headlineLevel: 2 };
}

export function pdfParagraph(text: string): Content {
  return { text, margin: [0, 0, 0, 6] };
}

/** A table with its caption (h3) above and a header row repeated on every page; equal widths unless given. */
export function pdfCaptionedTable(
  table: { caption: string; header: string[]; rows: string[][] },
  widths: string[] = table.header.map(() => "*"),
): Content {
  return {
    stack: [
      { text: table.caption, style: "h3" },
      {
        table: {
          headerRows: 1,
          widths,
          body: [table.header.map((h) => ({ text: h, bold: true })), ...table.rows],
        },
        layout: "lightHorizontalLines",
      },
    ],
    margin: [0, 0, 0, 8],
  };
}

export interface PdfDocument {
  /** The document's title in its properties. */
  title: string;
  /** Who issues it (the municipality's name): the author property and the running header. */
  issuer: string;
  subject?: string;
  /** The document's language (the catalogue's /Lang, read by screen readers), e.g. "pl". */
  language?: string;
  /** Right side of every page's header, e.g. a receipt number and the time of submission. */
  headerDetail?: string;
  /** Left side of every page's footer (the page number is on the right). */
  footerText: string;
  content: Content[];
}

/** Renders a document on A4 with the house fonts, header and page-numbered footer, to PDF bytes. */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  const pdfmake = await preparePdfmake();
  return pdfmake
    .createPdf({
      info: { title: doc.title, author: doc.issuer, ...(doc.subject ? { subject: doc.subject } : {}) },
      ...(doc.language ? { language: doc.language } : {}),
      pageSize: "A4",
      pageMargins: [50, 60, 50, 60],
      defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.25 },
      styles: PDF_STYLES,
      header: doc.headerDetail
        ? {
            columns: [
              { text: doc.issuer, style: "small", width: "*" },
              { text: doc.headerDetail, style: "small", alignment: "right", width: "auto" },
            ],
            margin: [50, 30, 50, 0],
          }
        : { text: doc.issuer, style: "small", margin: [50, 30, 50, 0] },
      footer: (currentPage: number, pageCount: number) => ({
        columns: [
          { text: doc.footerText, style: "small", width: "*" },
          { text: `Strona ${currentPage} z ${pageCount}`, style: "small", alignment: "right", width: 90 },
        ],
        margin: [50, 20, 50, 0],
      }),
      content: doc.content,
    })
    .getBuffer();
}
