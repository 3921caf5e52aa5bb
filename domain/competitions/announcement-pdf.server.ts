import type { Content } from "pdfmake/interfaces";
import { renderPdf } from "../../platform/documents/pdf.server";
import { formatDate, toWarsawLocalInput } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { formatPercent } from "../../platform/format/percent";
import { PUBLIC_BENEFIT_AREAS } from "../organizations/areas";
import { LEGAL_FORMS } from "../organizations/legal-forms";
import type { PublicCompetition } from "./get-public-competition";

/*
 * The announcement (ogłoszenie otwartego konkursu ofert) as a PDF with every part of UDPP art. 13
 * ust. 2; fonts, page layout and page numbers come from platform/documents/pdf.server.ts.
 */

const money = (grosze: number | null) => (grosze === null ? "—" : formatMoney(grosze));
const day = (isoDate: string | null) => (isoDate ? `${formatDate(`${isoDate}T12:00:00Z`)} r.` : "—");

/** "20 grudnia 2026 r., godz. 15:00 (czasu warszawskiego)" */
export function deadlineText(deadline: Date): string {
  return `${formatDate(deadline)} r., godz. ${toWarsawLocalInput(deadline).slice(11)} (czasu warszawskiego)`;
}

function heading(text: string): Content {
  return { text, style: "h2" };
}

function paragraphs(text: string): Content {
  const parts = text.split(/\n{2,}/).filter((p) => p.trim());
  return parts.length ? parts.map((p) => ({ text: p, margin: [0, 0, 0, 6] })) : { text: "—" };
}

function facts(rows: [string, string][]): Content {
  return {
    table: { widths: [170, "*"], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 8],
  };
}

function table(head: string[], body: Content[][], widths: (number | string)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [head.map((h) => ({ text: h, bold: true })), ...body],
    },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 8],
  };
}

/** The announcement's content, section by section (art. 13 ust. 2 pkt 1–7). */
function sections(c: PublicCompetition): Content[] {
  const area = PUBLIC_BENEFIT_AREAS.find((a) => a.code === c.areaCode);
  const forms = c.eligibleLegalForms.map((code) => LEGAL_FORMS.find((f) => f.code === code)?.label ?? code);
  return [
    heading("1. Rodzaj zadania publicznego"),
    facts([
      ["Zadanie", c.title],
      [
        "Sfera zadań publicznych",
        area ? `${area.label} (art. 4 ust. 1 pkt ${area.point} ustawy)` : c.areaCode,
      ],
      ["Podstawa prawna", `${c.legalBasis.label}: ${c.legalBasis.article}, ${c.legalBasis.act}`],
      ["Wydział prowadzący", c.department.name],
    ]),
    paragraphs(c.taskDescription),
    heading("2. Wysokość środków publicznych przeznaczonych na realizację zadania"),
    table(
      ["Rok budżetowy", "Kwota"],
      [
        ...c.budgetYears.map((b) => [String(b.year), formatMoney(b.amount)]),
        [
          { text: "Razem", bold: true },
          { text: formatMoney(c.totalFunds), bold: true },
        ],
      ],
      [170, "*"],
    ),
    heading("3. Zasady przyznawania dotacji"),
    paragraphs(c.awardRules),
    facts([
      ["Najniższa kwota dotacji", money(c.minGrant)],
      ["Najwyższa kwota dotacji", money(c.maxGrant)],
      ["Minimalny wkład własny (ogółem)", formatPercent(c.minOwnContributionBp)],
      ["w tym finansowy", formatPercent(c.minFinancialContributionBp)],
      ["w tym osobowy", formatPercent(c.minPersonalContributionBp)],
      ["Limit kosztów administracyjnych", formatPercent(c.adminCostCapBp)],
      ["Uprawnieni oferenci", forms.length ? forms.join(", ") : "—"],
    ]),
    heading("4. Terminy i warunki realizacji zadania"),
    facts([["Okres realizacji zadania", `od ${day(c.taskStart)} do ${day(c.taskEnd)}`]]),
    paragraphs(c.taskConditions),
    heading("5. Termin składania ofert"),
    { text: c.offerDeadline ? deadlineText(c.offerDeadline) : "—", bold: true, margin: [0, 0, 0, 8] },
    heading("6. Termin, tryb i kryteria wyboru ofert"),
    facts([["Planowany termin wyboru ofert", day(c.selectionDate)]]),
    paragraphs(c.selectionProcedure),
    { text: "Kryteria oceny (art. 15 ust. 1 ustawy)", style: "h3" },
    table(
      ["Kryterium", "Maks. liczba punktów"],
      c.criteria.map((k) => [k.label, String(k.maxPoints)]),
      ["*", 110],
    ),
    facts([
      ["Próg punktowy", c.passThreshold === null ? "—" : `${c.passThreshold} pkt`],
      [
        "Wymagane załączniki",
        c.requiredAttachments.length ? c.requiredAttachments.map((a) => a.label).join("; ") : "—",
      ],
    ]),
    heading("7. Zadania tego samego rodzaju zrealizowane w roku ogłoszenia konkursu i w roku poprzednim"),
    c.priorTasks.length
      ? table(
          ["Rok", "Zadanie", "Koszt (dotacje)"],
          c.priorTasks.map((p) => [String(p.year), p.name, formatMoney(p.amount)]),
          [40, "*", 110],
        )
      : { text: "Nie realizowano zadań tego rodzaju.", margin: [0, 0, 0, 8] },
    ...amendmentsAndCancellation(c),
  ];
}

function amendmentsAndCancellation(c: PublicCompetition): Content[] {
  const out: Content[] = [];
  if (c.amendments.length) {
    out.push(heading("Zmiany ogłoszenia"));
    out.push({
      ol: c.amendments.map(
        (a) =>
          `${formatDate(a.amendedAt)} r.: ${a.reason}${a.newDeadline ? ` Nowy termin składania ofert: ${deadlineText(a.newDeadline)}.` : ""}`,
      ),
      margin: [0, 0, 0, 8],
    });
  }
  if (c.status === "cancelled" && c.cancelledAt) {
    out.push(heading("Unieważnienie konkursu"));
    out.push({ text: `${formatDate(c.cancelledAt)} r.: ${c.cancellationReason ?? ""}` });
  }
  return out;
}

/** The announcement of a competition as PDF bytes. */
export async function renderAnnouncementPdf(c: PublicCompetition, tenantName: string): Promise<Buffer> {
  const published = c.publishedAt
    ? `Data publikacji: ${formatDate(c.publishedAt)} r.`
    : "Projekt — nieopublikowany";
  return renderPdf({
    title: `Ogłoszenie otwartego konkursu ofert: ${c.title}`,
    issuer: tenantName,
    subject: c.title,
    footerText: c.title,
    content: [
      { text: "Ogłoszenie otwartego konkursu ofert", style: "h1" },
      { text: c.title, fontSize: 13, margin: [0, 0, 0, 4] },
      { text: published, style: "small", margin: [0, 0, 0, 8] },
      ...sections(c),
    ],
  });
}
