import type { Content, CustomTableLayout, TableCell } from "pdfmake/interfaces";

/*
 * Building blocks of the offer's PDF (offer-pdf.server.ts): the template's boxes drawn as a thin
 * grid, headings, labelled facts and typed paragraphs. Text is always text (never an image), so it
 * can be extracted, searched and read aloud.
 */

/** The template's thin grid. */
export const GRID: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => "#888888",
  vLineColor: () => "#888888",
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** Shading of the template's label cells and group rows. */
export const LABEL_FILL = "#eeeeee";

/** A section of the template ("I. Podstawowe informacje o złożonej ofercie"). */
export function sectionHeading(text: string): Content {
  return { text, style: "h2", headlineLevel: 1 };
}

/** A numbered point of a section ("1. Tytuł zadania publicznego"). */
export function pointHeading(text: string): Content {
  return { text, style: "h3" };
}

/** Typed text split into paragraphs on blank lines; "—" when empty. */
export function paragraphs(text: string): Content {
  const parts = text.split(/\n{2,}/).filter((p) => p.trim());
  if (!parts.length) return { text: "—", margin: [0, 0, 0, 6] };
  return { stack: parts.map((p) => ({ text: p, margin: [0, 0, 0, 4] })), margin: [0, 0, 0, 4] };
}

/** Label–value rows, labels in shaded cells, like the template's boxes. */
export function facts(rows: [string, string][], labelWidth = 190): Content {
  return {
    table: {
      widths: [labelWidth, "*"],
      dontBreakRows: true,
      body: rows.map(([label, value]) => [
        { text: label, fillColor: LABEL_FILL, fontSize: 9 },
        { text: value || "—" },
      ]),
    },
    layout: GRID,
    margin: [0, 0, 0, 8],
  };
}

/** A header cell of a grid table. */
export function th(text: string, extra: Partial<Record<string, unknown>> = {}): TableCell {
  return { text, bold: true, fillColor: LABEL_FILL, fontSize: 8, ...extra } as TableCell;
}

/** A right-aligned number cell. */
export function num(text: string, bold = false): TableCell {
  return { text, alignment: "right", noWrap: true, ...(bold ? { bold: true } : {}) };
}

/** A grid table with repeated header rows across pages and rows that do not break. */
export function grid(
  widths: (number | string)[],
  header: TableCell[][],
  body: TableCell[][],
  fontSize = 8,
): Content {
  return {
    table: { headerRows: header.length, dontBreakRows: true, widths, body: [...header, ...body] },
    layout: GRID,
    fontSize,
    margin: [0, 0, 0, 8],
  };
}

/** Empty cells that complete a row spanned by a colSpan cell (pdfmake wants the row's full width). */
export function spanFill(count: number): TableCell[] {
  return Array.from({ length: count }, () => ({ text: "" }));
}
