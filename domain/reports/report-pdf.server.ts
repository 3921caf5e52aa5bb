import type { Content, TableCell } from "pdfmake/interfaces";
import { renderPdf } from "../../platform/documents/pdf.server";
import { formatDate, toWarsawIso } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { formatPercent } from "../../platform/format/percent";
import { formatChecksum } from "../offers/document";
import {
  facts,
  grid,
  num,
  paragraphs,
  pointHeading,
  sectionHeading,
  th,
} from "../offers/offer-pdf-blocks.server";
import { documentsComparison, reportTotals } from "./calculations";
import { REPORT_TEMPLATE, type ReportContent } from "./content";

/*
 * The report as a PDF on the template (Dz.U. 2018 poz. 2057, załącznik nr 5): the header (contract,
 * organisation, task, period, kind), part I, part II (the cost table planned/actual/deviation with
 * the lines over the allowed shift marked in words, the sources), part III with the list of
 * accounting documents when one was given, the declarations, and the receipt number and checksum
 * on every page, so the signed copy matches the electronic one.
 */

export interface ReportPdfInput {
  issuer: string;
  content: ReportContent;
  contract: { number: string; date: string | null; taskTitle: string; allowedShiftBp: number };
  organizationName: string;
  receipt: { receiptNumber: string; checksum: string; submittedAt: Date; number: number } | null;
}

export const KIND_TITLES = {
  partial: "częściowe",
  annual: "roczne",
  final: "końcowe",
} as const;

export const REPORT_DECLARATION_TEXTS: Record<keyof ReportContent["declarations"], string> = {
  truthful:
    "wszystkie informacje podane w niniejszym sprawozdaniu są zgodne z aktualnym stanem prawnym i faktycznym;",
  vatAccounting:
    "zamówienia na dostawy, usługi i roboty budowlane za środki finansowe uzyskane w ramach umowy zostały dokonane zgodnie z przepisami, a wszystkie kwoty wymienione w zestawieniu wydatków zostały faktycznie poniesione;",
  dataConsent:
    "w zakresie związanym z realizacją zadania publicznego, w tym z gromadzeniem, przetwarzaniem i przekazywaniem danych osobowych, osoby, których dotyczą te dane, złożyły stosowne oświadczenia zgodnie z przepisami o ochronie danych osobowych.",
};

const day = (iso: string | null) => (iso ? `${formatDate(`${iso}T12:00:00Z`)} r.` : "—");

function costTable(content: ReportContent, allowedShiftBp: number): Content {
  const totals = reportTotals(content, allowedShiftBp);
  const body: TableCell[][] = content.costLines.map((l, i) => {
    const d = totals.lines[i];
    return [
      { text: l.key },
      {
        text: l.action === null ? `${l.name} (koszty administracyjne)` : `${l.name} (działanie ${l.action})`,
      },
      num(formatMoney(l.planned)),
      num(formatMoney(l.actual)),
      num(d ? formatMoney(d.amount) : "—"),
      num(formatPercent(d?.percentBp ?? null, true)),
      {
        text: d?.flagged
          ? `PRZEKROCZENIE ponad ${formatPercent(allowedShiftBp, true)}. ${l.explanation || "Brak wyjaśnienia."}`
          : l.explanation || "—",
        bold: Boolean(d?.flagged),
      },
    ];
  });
  body.push([
    { text: "" },
    { text: "Razem", bold: true },
    num(formatMoney(totals.planned), true),
    num(formatMoney(totals.actual), true),
    num(formatMoney(totals.actual - totals.planned), true),
    num(""),
    { text: "" },
  ]);
  return grid(
    [18, "*", 58, 58, 58, 38, 110],
    [
      [
        th("Lp."),
        th("Rodzaj kosztu"),
        th("Plan (zł)"),
        th("Wykonanie (zł)"),
        th("Odchylenie (zł)"),
        th("Odchyl. %"),
        th("Uwagi / wyjaśnienie"),
      ],
    ],
    body,
  );
}

function sourcesTable(content: ReportContent, allowedShiftBp: number): Content {
  const { sources, ownShareBp } = reportTotals(content, allowedShiftBp);
  const row = (
    label: string,
    key: "grant" | "financial" | "personal" | "inKind" | "own" | "total",
  ): TableCell[] => [
    { text: label },
    num(formatMoney(sources.planned[key])),
    num(formatMoney(sources.actual[key])),
  ];
  return grid(
    ["*", 90, 90],
    [[th("Źródło finansowania"), th("Plan (zł)"), th("Wykonanie (zł)")]],
    [
      row("Dotacja", "grant"),
      row("Wkład własny finansowy", "financial"),
      row("Wkład osobowy", "personal"),
      row("Wkład rzeczowy", "inKind"),
      row("Wkład własny razem", "own"),
      row("Koszty ogółem", "total"),
      [
        { text: "Udział wkładu własnego" },
        num(formatPercent(ownShareBp.planned, true)),
        num(formatPercent(ownShareBp.actual, true)),
      ],
    ],
  );
}

/** The list of accounting documents (optional; printed only when the organisation gave one). */
function documentsTable(content: ReportContent): Content[] {
  const documents = content.documents ?? [];
  if (documents.length === 0) return [];
  const totals = documentsComparison({ costLines: content.costLines, documents }).totals;
  const body: TableCell[][] = documents.map((d, i) => [
    { text: String(i + 1) },
    { text: d.number },
    { text: formatDate(`${d.date}T12:00:00Z`), noWrap: true },
    { text: d.issuer || "—" },
    { text: d.costLine },
    { text: d.description || "—" },
    num(formatMoney(d.amount)),
    num(formatMoney(d.fromGrant)),
    num(formatMoney(d.fromOther)),
  ]);
  body.push([
    { text: "" },
    { text: "Razem", bold: true, colSpan: 5 },
    { text: "" },
    { text: "" },
    { text: "" },
    { text: "" },
    num(formatMoney(totals.amount), true),
    num(formatMoney(totals.fromGrant), true),
    num(formatMoney(totals.fromOther), true),
  ]);
  return [
    sectionHeading("Zestawienie dokumentów księgowych"),
    grid(
      [16, 62, 46, "*", 28, "*", 52, 52, 52],
      [
        [
          th("Lp."),
          th("Numer dokumentu"),
          th("Data wystawienia"),
          th("Wystawca"),
          th("Poz. kosztu"),
          th("Opis"),
          th("Kwota (zł)"),
          th("Z dotacji (zł)"),
          th("Z innych źródeł (zł)"),
        ],
      ],
      body,
      7,
    ),
  ];
}

export function reportPdfContent(input: ReportPdfInput): Content[] {
  const c = input.content;
  return [
    { text: `Sprawozdanie ${KIND_TITLES[c.kind]} z wykonania zadania publicznego`, style: "h1" },
    { text: `Wzór: ${REPORT_TEMPLATE}`, style: "small", margin: [0, 0, 0, 8] },
    facts([
      ["Tytuł zadania publicznego", input.contract.taskTitle],
      ["Nazwa Zleceniobiorcy(-ców)", input.organizationName],
      ["Numer umowy", input.contract.number],
      ["Data zawarcia umowy", day(input.contract.date)],
      ["Okres, za jaki jest składane sprawozdanie", `${day(c.periodStart)} – ${day(c.periodEnd)}`],
      ["Rodzaj sprawozdania", KIND_TITLES[c.kind]],
    ]),
    sectionHeading("Część I. Sprawozdanie merytoryczne"),
    pointHeading("1. Opis osiągniętych rezultatów i stopień realizacji celu"),
    paragraphs(c.achievement),
    pointHeading("2. Opis wykonania działań"),
    grid(
      ["*", "*", "*"],
      [[th("Działanie"), th("Plan"), th("Wykonanie")]],
      c.actions.map((a) => [{ text: a.name || "—" }, { text: a.planned || "—" }, { text: a.done || "—" }]),
    ),
    pointHeading("3. Rezultaty (wskaźniki)"),
    grid(
      ["*", 80, 80, "*"],
      [[th("Rezultat"), th("Wartość planowana"), th("Wartość osiągnięta"), th("Komentarz")]],
      c.indicators.map((i) => [
        { text: i.name || "—" },
        { text: i.planned || "—" },
        { text: i.achieved || "—" },
        { text: i.comment || "—" },
      ]),
    ),
    facts([["Liczba odbiorców zadania", c.beneficiaries === null ? "—" : String(c.beneficiaries)]]),
    pointHeading("4. Odstępstwa od planu i ich przyczyny"),
    paragraphs(c.deviations),
    sectionHeading("Część II. Sprawozdanie z wykonania wydatków"),
    pointHeading("1. Rozliczenie ze względu na rodzaj kosztów"),
    costTable(c, input.contract.allowedShiftBp),
    pointHeading("2. Rozliczenie ze względu na źródło finansowania"),
    sourcesTable(c, input.contract.allowedShiftBp),
    facts([
      ["Inne przychody uzyskane przy realizacji zadania", formatMoney(c.otherIncome)],
      ["Odsetki bankowe od dotacji (uzyskane)", formatMoney(c.interestEarned)],
      ["Odsetki wydatkowane na realizację zadania", formatMoney(c.interestSpent)],
    ]),
    sectionHeading("Część III. Dodatkowe informacje"),
    paragraphs(c.additionalInfo),
    ...documentsTable(c),
    sectionHeading("Oświadczenia"),
    { text: "Oświadczam(-my), że:", margin: [0, 0, 0, 4] },
    {
      ol: Object.entries(REPORT_DECLARATION_TEXTS).map(
        ([k, text]) => `${text} — ${c.declarations[k as keyof typeof c.declarations] ? "TAK" : "NIE"}`,
      ),
      margin: [0, 0, 0, 8],
    },
  ];
}

/** The PDF bytes of a report version (or of the draft, marked "PROJEKT"). */
export async function renderReportPdf(input: ReportPdfInput): Promise<Buffer> {
  const r = input.receipt;
  return renderPdf({
    title: `Sprawozdanie ${KIND_TITLES[input.content.kind]} — ${input.contract.taskTitle}`,
    issuer: input.issuer,
    language: "pl",
    headerDetail: r
      ? `Potwierdzenie ${r.receiptNumber}, wersja ${r.number}, złożono ${formatDate(r.submittedAt)} r. ${toWarsawIso(r.submittedAt).slice(11, 16)}`
      : "PROJEKT",
    footerText: r
      ? `Suma kontrolna SHA-256: ${formatChecksum(r.checksum)}`
      : "Projekt sprawozdania — bez sumy kontrolnej",
    content: reportPdfContent(input),
  });
}
