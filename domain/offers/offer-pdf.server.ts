import type { Content, TableCell } from "pdfmake/interfaces";
import { renderPdf } from "../../platform/documents/pdf.server";
import { formatDate, formatDateTime, toWarsawIso } from "../../platform/format/dates";
import { LEGAL_FORMS } from "../organizations/legal-forms";
import { formatChecksum, type OfferDocument, type OfferorData } from "./document";
import { correspondenceAddress, formatPeriod, isJointOffer, planByYear } from "./offer-document-layout";
import { facts, GRID, grid, paragraphs, pointHeading, sectionHeading, th } from "./offer-pdf-blocks.server";
import { costsSection } from "./offer-pdf-costs.server";
import { attachmentsSection, signaturesSection } from "./offer-pdf-signatures.server";
import type { DeclarationKey } from "./sections";

/*
 * The offer as a PDF on the official template (Dz.U. 2018 poz. 2057, załącznik nr 1), section by
 * section with the template's headings, for the organisation to sign on paper or through ePUAP.
 * A submitted offer carries its receipt number in the running header and its checksum on every
 * page, so the signed copy can be matched with the electronic one at the formal check; a draft
 * says "PROJEKT" and has no checksum. The wording is the template's, in Polish, like the
 * competition's announcement (announcement-pdf.server.ts).
 */

/** The receipt of a submission (offer_versions): what makes the PDF the submitted offer. */
export interface OfferReceipt {
  receiptNumber: string;
  checksum: string;
  submittedAt: Date;
}

/** VII as the template words it (items 3 and 4 of the template — tax and social insurance — are one declaration here). */
export const DECLARATION_TEXTS: Record<DeclarationKey, string> = {
  statutoryActivity:
    "proponowane zadanie publiczne będzie realizowane wyłącznie w zakresie działalności pożytku publicznego oferenta(-tów);",
  feesWithinPaidActivity:
    "pobieranie świadczeń pieniężnych będzie się odbywać wyłącznie w ramach prowadzonej odpłatnej działalności pożytku publicznego;",
  noArrears:
    "oferent / oferenci składający niniejszą ofertę nie zalega(-ją) z opłacaniem należności z tytułu zobowiązań podatkowych ani z tytułu składek na ubezpieczenia społeczne;",
  registerConsistent:
    "dane zawarte w części II niniejszej oferty są zgodne z Krajowym Rejestrem Sądowym / innym właściwym rejestrem;",
  truthful:
    "wszystkie informacje podane w ofercie oraz załącznikach są zgodne z aktualnym stanem prawnym i faktycznym;",
  dataConsent:
    "w zakresie związanym z otwartym konkursem ofert, w tym z gromadzeniem, przetwarzaniem i przekazywaniem danych osobowych, a także wprowadzaniem ich do systemów informatycznych, osoby, których dotyczą te dane, złożyły stosowne oświadczenia zgodnie z przepisami o ochronie danych osobowych.",
};

const day = (iso: string | null) => (iso ? `${formatDate(`${iso}T12:00:00Z`)} r.` : "—");

/** "20 grudnia 2026 r., godz. 14:59:31 (czasu warszawskiego)" */
function submittedText(at: Date): string {
  return `${formatDate(at)} r., godz. ${toWarsawIso(at).slice(11, 19)} (czasu warszawskiego)`;
}

function legalFormLabel(code: string): string {
  return LEGAL_FORMS.find((f) => f.code === code)?.label ?? code;
}

function registerText(o: OfferorData): string {
  if (o.krs) return `KRS ${o.krs}`;
  return o.otherRegister ?? "—";
}

function title(doc: OfferDocument): Content[] {
  const joint = isJointOffer(doc);
  return [
    {
      text: joint
        ? "OFERTA WSPÓLNA REALIZACJI ZADANIA PUBLICZNEGO,"
        : "OFERTA REALIZACJI ZADANIA PUBLICZNEGO,",
      style: "h1",
      alignment: "center",
    },
    {
      text: `O KTÓREJ MOWA W ART. 14 UST. ${joint ? "2" : "1"} USTAWY Z DNIA 24 KWIETNIA 2003 R. O DZIAŁALNOŚCI POŻYTKU PUBLICZNEGO I O WOLONTARIACIE`,
      bold: true,
      alignment: "center",
      margin: [0, 0, 0, 4],
    },
    {
      text: "Wzór: Dz.U. 2018 poz. 2057, załącznik nr 1",
      style: "small",
      alignment: "center",
      margin: [0, 0, 0, 10],
    },
  ];
}

function receiptBlock(receipt: OfferReceipt | null): Content {
  if (!receipt) {
    return {
      table: {
        widths: ["*"],
        body: [
          [
            {
              stack: [
                { text: "PROJEKT", fontSize: 16, bold: true, color: "#9b1c1c" },
                { text: "Wersja robocza oferty — nie została złożona i nie ma sumy kontrolnej." },
              ],
              margin: [4, 4, 4, 4],
            },
          ],
        ],
      },
      layout: GRID,
      margin: [0, 0, 0, 10],
    };
  }
  return facts([
    ["Numer potwierdzenia złożenia oferty", receipt.receiptNumber],
    ["Data i godzina złożenia", submittedText(receipt.submittedAt)],
    ["Suma kontrolna (SHA-256)", formatChecksum(receipt.checksum)],
  ]);
}

function basicsSection(doc: OfferDocument): Content[] {
  return [
    sectionHeading("I. Podstawowe informacje o złożonej ofercie"),
    facts([
      ["1. Organ administracji publicznej, do którego jest adresowana oferta", doc.basics.authority],
      ["2. Rodzaj zadania publicznego", doc.basics.taskType],
      ["Otwarty konkurs ofert", doc.basics.competitionTitle],
      ["Podstawa prawna", doc.basics.legalBasis],
    ]),
  ];
}

function offerorsSection(doc: OfferDocument): Content[] {
  const contact = doc.sections.offerors;
  return [
    sectionHeading("II. Dane oferenta(-tów)"),
    pointHeading(
      "1. Nazwa oferenta(-tów), forma prawna, numer w Krajowym Rejestrze Sądowym lub innej ewidencji, adres siedziby, strona www, adres do korespondencji, adres e-mail, numer telefonu",
    ),
    ...doc.offerors.map((o, i) =>
      facts([
        [
          doc.offerors.length > 1 ? `Oferent ${i + 1}${o.leader ? " (lider)" : ""}` : "Nazwa oferenta",
          o.name,
        ],
        ["Forma prawna", legalFormLabel(o.legalForm)],
        ["Numer w KRS lub innej ewidencji", registerText(o)],
        ["Adres siedziby", o.seat],
        ["Strona www", o.website ?? "—"],
        ["Adres do korespondencji", correspondenceAddress(doc, i)],
        ["Adres e-mail", o.email],
        ["Numer telefonu", o.phone ?? "—"],
      ]),
    ),
    pointHeading("2. Dane osoby upoważnionej do składania wyjaśnień dotyczących oferty"),
    facts([
      ["Imię i nazwisko", contact.contactName],
      ["Funkcja", contact.contactFunction],
      ["Numer telefonu", contact.contactPhone],
      ["Adres e-mail", contact.contactEmail],
    ]),
  ];
}

function taskSection(doc: OfferDocument): Content[] {
  const task = doc.sections.task;
  const out: Content[] = [
    sectionHeading("III. Opis zadania"),
    pointHeading("1. Tytuł zadania publicznego"),
    { text: task.title || "—", bold: true, margin: [0, 0, 0, 6] },
    pointHeading("2. Termin realizacji zadania publicznego"),
    facts([
      ["Data rozpoczęcia", day(task.startDate)],
      ["Data zakończenia", day(task.endDate)],
    ]),
    pointHeading("3. Syntetyczny opis zadania"),
    facts([
      ["Miejsce realizacji zadania", task.place],
      ["Grupa docelowa", task.targetGroup],
    ]),
    paragraphs(task.summary),
  ];
  const plan = planByYear(doc);
  if (!plan.length) {
    out.push(pointHeading("4. Plan i harmonogram działań na rok …"), { text: "—", margin: [0, 0, 0, 6] });
  }
  for (const year of plan) {
    out.push(
      pointHeading(`4. Plan i harmonogram działań na rok ${year.year ?? "…"}`),
      grid(
        [22, 90, "*", 70, 62, 62],
        [
          [
            th("Lp."),
            th("Nazwa działania"),
            th("Opis"),
            th("Grupa docelowa"),
            th("Planowany termin realizacji"),
            th("Zakres działania realizowany przez podmiot niebędący stroną umowy"),
          ],
        ],
        year.actions.map(({ number, action }): TableCell[] => [
          String(number),
          action.name || "—",
          action.description || "—",
          action.targetGroup || "—",
          formatPeriod(action.start, action.end),
          action.thirdParty ? "TAK" : "—",
        ]),
      ),
    );
  }
  out.push(
    pointHeading("5. Opis zakładanych rezultatów realizacji zadania publicznego"),
    { text: "Co będzie bezpośrednim efektem realizacji oferty:", italics: true },
    paragraphs(task.resultsProduced),
    { text: "Jaka zmiana społeczna zostanie osiągnięta poprzez realizację zadania:", italics: true },
    paragraphs(task.resultsChange),
    { text: "Trwałość rezultatów zadania:", italics: true },
    paragraphs(task.resultsDurability),
    pointHeading("6. Dodatkowe informacje dotyczące rezultatów realizacji zadania publicznego"),
    grid(
      [150, 120, "*"],
      [
        [
          th("Nazwa rezultatu"),
          th("Planowany poziom osiągnięcia rezultatów (wartość docelowa)"),
          th("Sposób monitorowania rezultatów / źródło informacji o osiągnięciu wskaźnika"),
        ],
      ],
      task.indicators.length
        ? task.indicators.map((r): TableCell[] => [r.name || "—", r.target || "—", r.monitoring || "—"])
        : [["—", "—", "—"]],
      9,
    ),
  );
  return out;
}

function profileSection(doc: OfferDocument): Content[] {
  const p = doc.sections.profile;
  return [
    sectionHeading("IV. Charakterystyka oferenta"),
    pointHeading(
      "1. Informacja o wcześniejszej działalności oferenta, w szczególności w zakresie, którego dotyczy zadanie publiczne",
    ),
    paragraphs(p.experience),
    pointHeading(
      "2. Zasoby kadrowe, rzeczowe i finansowe oferenta, które będą wykorzystane do realizacji zadania",
    ),
    paragraphs(p.resources),
  ];
}

function otherSection(doc: OfferDocument): Content[] {
  const o = doc.sections.other;
  const fees = o.feesCharged
    ? `Zadanie będzie realizowane odpłatnie.${o.feesDescription ? ` ${o.feesDescription}` : ""}`
    : "Zadanie będzie realizowane nieodpłatnie.";
  return [
    sectionHeading("VI. Inne informacje"),
    pointHeading("1. Deklaracja o zamiarze odpłatnego lub nieodpłatnego wykonania zadania publicznego"),
    paragraphs(fees),
    pointHeading(
      "2. Działania, które w ramach realizacji zadania publicznego będą wykonywać poszczególni oferenci oraz sposób ich reprezentacji wobec organu administracji publicznej — w przypadku oferty wspólnej",
    ),
    paragraphs(isJointOffer(doc) ? o.partnersRoles : "Nie dotyczy (oferta jednego oferenta)."),
    pointHeading("3. Zapewnienie dostępności osobom ze szczególnymi potrzebami"),
    paragraphs(o.accessibility),
    pointHeading(
      "4. Inne działania, które mogą mieć znaczenie przy ocenie oferty, w tym odnoszące się do kalkulacji przewidywanych kosztów oraz oświadczeń zawartych w sekcji VII",
    ),
    paragraphs(o.otherInfo),
  ];
}

function declarationsSection(doc: OfferDocument): Content[] {
  const d = doc.sections.declarations;
  const keys = Object.keys(DECLARATION_TEXTS) as DeclarationKey[];
  return [
    sectionHeading("VII. Oświadczenia"),
    { text: "Oświadczam(y), że:", margin: [0, 0, 0, 4] },
    grid(
      [22, "*", 40],
      [[th("Lp."), th("Oświadczenie"), th("Złożone", { alignment: "center" })]],
      keys.map((k, i): TableCell[] => [
        `${i + 1})`,
        DECLARATION_TEXTS[k],
        { text: d[k] ? "TAK" : "NIE", bold: true, alignment: "center" },
      ]),
      9,
    ),
  ];
}

/** The offer as PDF bytes: a submission with its receipt, or a draft preview (receipt null). */
export async function renderOfferPdf(options: {
  document: OfferDocument;
  receipt: OfferReceipt | null;
  tenantName: string;
}): Promise<Buffer> {
  const { document: doc, receipt, tenantName } = options;
  const name = doc.sections.task.title || doc.basics.competitionTitle;
  return renderPdf({
    title: receipt ? `Oferta ${receipt.receiptNumber}: ${name}` : `Projekt oferty: ${name}`,
    issuer: tenantName,
    subject: doc.basics.competitionTitle,
    language: "pl",
    headerDetail: receipt
      ? `Oferta nr ${receipt.receiptNumber}, złożona ${formatDateTime(receipt.submittedAt)}`
      : "PROJEKT — wersja robocza",
    footerText: receipt
      ? `Suma kontrolna: ${formatChecksum(receipt.checksum)}`
      : "Wersja robocza — bez sumy kontrolnej",
    content: [
      ...title(doc),
      receiptBlock(receipt),
      ...basicsSection(doc),
      ...offerorsSection(doc),
      ...taskSection(doc),
      ...profileSection(doc),
      ...costsSection(doc),
      ...otherSection(doc),
      ...declarationsSection(doc),
      ...signaturesSection(doc),
      ...attachmentsSection(doc),
    ],
  });
}
