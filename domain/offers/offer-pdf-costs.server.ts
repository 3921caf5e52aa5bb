import type { Content, TableCell } from "pdfmake/interfaces";
import { formatMoney } from "../../platform/format/money";
import type { OfferDocument } from "./document";
import {
  type CostGroup,
  type CostLine,
  costTable,
  formatPln,
  formatUnits,
  type SourceKey,
  sourcesTable,
  splitTable,
} from "./offer-document-layout";
import { grid, LABEL_FILL, num, pointHeading, sectionHeading, spanFill, th } from "./offer-pdf-blocks.server";

/*
 * Section V of the offer's PDF (Dz.U. 2018 poz. 2057, zał. 1): V.A the cost table grouped by
 * action with subtotals (and a column per budget year for a multi-year task), V.B the sources with
 * their shares, V.C the split among the offerors of a joint offer. Every number comes from the
 * document's frozen calculation (offer-document-layout.ts), never recomputed differently here.
 */

/** From this many budget-year columns on, V.A is printed on landscape pages to stay legible. */
const LANDSCAPE_FROM_YEARS = 4;

const SOURCE_LABELS: Record<SourceKey, string> = {
  total: "Suma wszystkich kosztów realizacji zadania",
  grant: "Planowana dotacja w ramach niniejszej oferty",
  own: "Wkład własny",
  financial: "Wkład własny finansowy (w tym świadczenia pieniężne od odbiorców zadania)",
  fees: "w tym: świadczenia pieniężne od odbiorców zadania",
  nonFinancial: "Wkład własny niefinansowy (osobowy i rzeczowy)",
  personal: "Wkład własny osobowy",
  inKind: "Wkład własny rzeczowy",
};

/** Section V as PDF content. */
export function costsSection(doc: OfferDocument): Content[] {
  const table = costTable(doc);
  const landscape = table.years.length >= LANDSCAPE_FROM_YEARS;
  const out: Content[] = [];
  if (landscape) out.push({ text: "", pageBreak: "before", pageOrientation: "landscape" });
  out.push(
    sectionHeading("V. Kalkulacja przewidywanych kosztów realizacji zadania publicznego"),
    pointHeading("V.A Zestawienie kosztów realizacji zadania"),
    costGrid(table),
  );
  const sourcesTitle = "V.B Źródła finansowania kosztów realizacji zadania";
  out.push(
    landscape
      ? { text: sourcesTitle, style: "h3", pageBreak: "before", pageOrientation: "portrait" }
      : pointHeading(sourcesTitle),
    sourcesGrid(doc),
  );
  const split = splitTable(doc);
  if (split) {
    out.push(
      pointHeading("V.C Podział kosztów realizacji zadania pomiędzy oferentów"),
      grid(
        [24, "*", 110],
        [[th("Lp."), th("Nazwa oferenta"), th("Wartość [PLN]", { alignment: "right" })]],
        [
          ...split.rows.map((r): TableCell[] => [r.lp, r.name, num(formatPln(r.value))]),
          [
            {
              text: "Suma wszystkich kosztów realizacji zadania",
              colSpan: 2,
              bold: true,
              fillColor: LABEL_FILL,
            },
            { text: "" },
            num(formatPln(split.sum), true),
          ],
        ],
        9,
      ),
    );
  }
  return out;
}

function costGrid(table: ReturnType<typeof costTable>): Content {
  const multiYear = table.years.length >= 2;
  const years = multiYear ? table.years : [];
  const width = 6 + years.length;
  const valueCells = (group: CostGroup, bold: boolean): TableCell[] => [
    num(formatPln(group.total), bold),
    ...years.map((y) => num(group.byYear.has(y) ? formatPln(group.byYear.get(y) ?? 0) : "—", bold)),
  ];
  const line = (l: CostLine): TableCell[] => [
    l.lp,
    l.row.name || "—",
    l.row.unit || "—",
    num(formatPln(l.row.unitCost)),
    num(formatUnits(l.row.units)),
    num(formatPln(l.value)),
    ...years.map((y) => num(l.row.year === y ? formatPln(l.value) : "")),
  ];
  const groupRow = (lp: string, text: string): TableCell[] => [
    { text: lp, bold: true, fillColor: LABEL_FILL },
    { text, bold: true, colSpan: width - 1, fillColor: LABEL_FILL },
    ...spanFill(width - 2),
  ];
  const sumRow = (text: string, group: CostGroup): TableCell[] => [
    { text, bold: true, colSpan: 5, fillColor: LABEL_FILL },
    ...spanFill(4),
    ...valueCells(group, true),
  ];
  const body: TableCell[][] = [groupRow("I.", "Koszty realizacji działań")];
  for (const action of table.actions) {
    body.push(groupRow(`${action.lp}.`, `Działanie ${action.action}: ${action.name || "—"}`));
    body.push(...action.lines.map(line));
    body.push(sumRow(`Razem koszty działania ${action.action}`, action));
  }
  body.push(sumRow("Suma kosztów realizacji działań", table.actionsTotal));
  body.push(groupRow("II.", "Koszty administracyjne"));
  body.push(...table.admin.lines.map(line));
  body.push(sumRow("Suma kosztów administracyjnych", table.admin));
  body.push(sumRow("Suma wszystkich kosztów realizacji zadania", table.total));

  const header: TableCell[][] = [
    [
      th("Lp.", { rowSpan: 2 }),
      th("Rodzaj kosztu", { rowSpan: 2 }),
      th("Rodzaj miary", { rowSpan: 2 }),
      th("Koszt jednostkowy [PLN]", { rowSpan: 2, alignment: "right" }),
      th("Liczba jednostek", { rowSpan: 2, alignment: "right" }),
      th("Wartość [PLN]", { colSpan: 1 + years.length, alignment: "center" }),
      ...spanFill(years.length),
    ],
    [
      ...spanFill(5),
      th("Razem", { alignment: "right" }),
      ...years.map((y) => th(`Rok ${y}`, { alignment: "right" })),
    ],
  ];
  const widths = [30, "*", 46, 58, 42, 62, ...years.map(() => 58)];
  return grid(widths, header, body, years.length > 2 ? 7 : 7.5);
}

function sourcesGrid(doc: OfferDocument): Content {
  const { rows, unallocated } = sourcesTable(doc);
  const out: Content[] = [
    grid(
      [34, "*", 90, 60],
      [
        [
          th("Lp."),
          th("Źródło finansowania kosztów realizacji zadania"),
          th("Wartość [PLN]", { alignment: "right" }),
          th("Udział [%]", { alignment: "right" }),
        ],
      ],
      rows.map((r): TableCell[] => {
        const main = r.key === "total" || r.key === "grant" || r.key === "own";
        return [
          { text: r.lp, bold: main },
          {
            text: SOURCE_LABELS[r.key],
            bold: main,
            ...(r.key === "fees" ? { italics: true, margin: [12, 0, 0, 0] } : {}),
          },
          num(formatPln(r.value), main),
          num(r.share, main),
        ];
      }),
      9,
    ),
  ];
  if (unallocated !== 0) {
    out.push({
      text: `Źródła finansowania nie równają się sumie kosztów: różnica ${formatMoney(unallocated)}.`,
      bold: true,
      margin: [0, 0, 0, 8],
    });
  }
  return { stack: out };
}
