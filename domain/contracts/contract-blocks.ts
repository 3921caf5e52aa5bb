import { formatDate } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { formatPercent } from "../../platform/format/percent";
import { formatIban } from "../../platform/validation/identifiers";
import { formatChecksum } from "../offers/document";
import type { ContractContent, ReportKind } from "./content";

/*
 * The contract's text (pure), section by section as the framework contract of Dz.U. 2018 poz. 2057
 * załącznik nr 3 has it, filled in from a version's ContractContent. The DOCX and the PDF render
 * the same blocks (contract-docx.server.ts, contract-pdf.server.ts).
 */

export type ContractBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; header: string[]; rows: string[][] }
  | { kind: "signatures"; parties: { title: string; names: string[] }[] };

export interface ContractDocumentInput {
  content: ContractContent;
  versionNumber: number;
  annexNumber: number | null;
  /** The offer's frozen version the contract was drawn from (Załącznik nr 1). */
  offerVersion: { receiptNumber: string; checksum: string };
}

const REPORT_KIND: Record<ReportKind, string> = {
  partial: "częściowe",
  annual: "roczne",
  final: "końcowe",
};

const units = (hundredths: number | null) =>
  hundredths === null ? "" : (hundredths / 100).toLocaleString("pl-PL", { maximumFractionDigits: 2 });

function offerorsLine(c: ContractContent): string {
  return c.document.offerors
    .map((o) => {
      const ids = [o.krs ? `KRS ${o.krs}` : o.otherRegister, o.nip ? `NIP ${o.nip}` : null]
        .filter(Boolean)
        .join(", ");
      const reps = o.representatives.map((r) => `${r.name} — ${r.function}`).join(", ");
      return `${o.name} z siedzibą: ${o.seat}${ids ? ` (${ids})` : ""}, reprezentowaną przez: ${reps || "—"}`;
    })
    .join("; ");
}

/** " na rachunek bankowy Zleceniodawcy nr …" when the contract names the authority's account, else nothing. */
function returnInto(c: ContractContent): string {
  return c.returnAccount ? ` na rachunek bankowy Zleceniodawcy nr ${formatIban(c.returnAccount)}` : "";
}

function section(n: number, title: string): ContractBlock {
  return { kind: "heading", level: 2, text: `§ ${n}. ${title}` };
}

/** The whole contract as blocks. */
export function buildContract(input: ContractDocumentInput): ContractBlock[] {
  const c = input.content;
  const doc = c.document;
  const entrust = c.form === "entrust";
  const sources = doc.sections.costs.sources;
  const title = `Umowa nr ${c.number} o ${entrust ? "powierzenie" : "wsparcie"} realizacji zadania publicznego`;
  const blocks: ContractBlock[] = [
    { kind: "heading", level: 1, text: title },
    {
      kind: "paragraph",
      text: `pod tytułem: „${c.taskTitle}”, zawarta w dniu ${formatDate(c.drawnUpOn)} w miejscowości ${c.place}, między: ${c.authority.name}, reprezentowanym przez: ${c.authority.representatives.map((r) => `${r.name} — ${r.function}`).join(", ") || "—"}, zwanym dalej „Zleceniodawcą”, a: ${offerorsLine(c)}, zwaną(-ymi) dalej „Zleceniobiorcą”.`,
    },
  ];
  if (input.annexNumber !== null)
    blocks.push({
      kind: "paragraph",
      text: `Tekst umowy w brzmieniu aneksu nr ${input.annexNumber} (wersja ${input.versionNumber}).`,
    });

  blocks.push(
    section(1, "Przedmiot umowy"),
    {
      kind: "list",
      items: [
        `Zleceniodawca zleca Zleceniobiorcy, zgodnie z przepisami ustawy z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie, realizację zadania publicznego pod tytułem „${c.taskTitle}” (${doc.basics.taskType}), określonego szczegółowo w ofercie stanowiącej załącznik nr 1 do umowy, a Zleceniobiorca zobowiązuje się wykonać zadanie w zakresie i na warunkach w niej określonych.`,
        `Zleceniodawca przekazuje dotację na realizację zadania w formie ${entrust ? "powierzenia (art. 11 ust. 1 pkt 2 ustawy)" : "wsparcia (art. 11 ust. 1 pkt 1 ustawy)"}.`,
        "Oferta, o której mowa w ust. 1, stanowi integralną część umowy w brzmieniu ustalonym przez Zleceniobiorcę i Zleceniodawcę.",
      ],
    },
    section(2, "Sposób wykonania zadania publicznego"),
    {
      kind: "list",
      items: [
        `Termin realizacji zadania publicznego ustala się od dnia ${formatDate(c.taskStart)} do dnia ${formatDate(c.taskEnd)}.`,
        "Zleceniobiorca zobowiązuje się wykonać zadanie zgodnie z harmonogramem i kalkulacją przewidywanych kosztów określonymi w ofercie.",
        "Zleceniobiorca zobowiązuje się do osiągnięcia rezultatów określonych w ofercie.",
      ],
    },
    section(3, "Wysokość dotacji"),
    {
      kind: "paragraph",
      text: `Zleceniodawca zobowiązuje się do przekazania na realizację zadania publicznego dotacji w kwocie ${formatMoney(c.grantAmount)}, w transzach:`,
    },
    {
      kind: "table",
      caption: "Transze dotacji",
      header: ["Lp.", "Termin przekazania", "Rok budżetowy", "Kwota"],
      rows: [
        ...c.instalments.map((t) => [
          String(t.position),
          formatDate(t.plannedOn),
          String(t.year),
          formatMoney(t.amount),
        ]),
        ["", "Razem", "", formatMoney(c.instalments.reduce((s, t) => s + t.amount, 0))],
      ],
    },
    {
      kind: "paragraph",
      text: `Dotacja zostanie przekazana na rachunek bankowy Zleceniobiorcy nr ${formatIban(c.bankAccount)}. Zleceniobiorca oświadcza, że jest jedynym posiadaczem wskazanego rachunku i zobowiązuje się do utrzymania go nie krócej niż do chwili dokonania ostatecznych rozliczeń ze Zleceniodawcą.`,
    },
    {
      kind: "paragraph",
      text: `Całkowity koszt zadania publicznego wynosi ${formatMoney(c.totalCost)}.`,
    },
    section(4, "Wkład własny Zleceniobiorcy"),
    {
      kind: "table",
      caption: "Wkład własny",
      header: ["Rodzaj wkładu", "Kwota"],
      rows: [
        ["Wkład własny finansowy", formatMoney(sources.financial)],
        ["w tym świadczenia pieniężne od odbiorców zadania", formatMoney(sources.fees)],
        ["Wkład własny osobowy", formatMoney(sources.personal)],
        ["Wkład własny rzeczowy", formatMoney(sources.inKind)],
        ["Razem", formatMoney(c.ownContribution)],
      ],
    },
    {
      kind: "paragraph",
      text: entrust
        ? "Zadanie jest realizowane w formie powierzenia; Zleceniobiorca nie wnosi wkładu własnego."
        : "Zleceniobiorca zobowiązuje się do przeznaczenia na realizację zadania wkładu własnego w wysokości określonej powyżej.",
    },
    section(5, "Dokumentacja związana z realizacją zadania publicznego"),
    {
      kind: "list",
      items: [
        "Zleceniobiorca zobowiązuje się do prowadzenia wyodrębnionej dokumentacji finansowo-księgowej i ewidencji księgowej zadania publicznego, zgodnie z zasadami wynikającymi z ustawy z dnia 29 września 1994 r. o rachunkowości, w sposób umożliwiający identyfikację poszczególnych operacji księgowych.",
        "Zleceniobiorca zobowiązuje się do przechowywania dokumentacji związanej z realizacją zadania przez 5 lat, licząc od początku roku następującego po roku, w którym Zleceniobiorca realizował zadanie publiczne.",
      ],
    },
    section(6, "Obowiązki informacyjne Zleceniobiorcy"),
    {
      kind: "list",
      items: [
        "Zleceniobiorca zobowiązuje się do informowania, że zadanie publiczne jest współfinansowane (finansowane) ze środków otrzymanych od Zleceniodawcy, w szczególności na materiałach promocyjnych, wydawnictwach i na stronie internetowej.",
        "Zleceniobiorca zobowiązuje się do niezwłocznego informowania Zleceniodawcy o zmianie rachunku bankowego, adresu siedziby, osób upoważnionych do reprezentacji oraz o ogłoszeniu likwidacji lub wszczęciu postępowania upadłościowego.",
      ],
    },
    section(7, "Kontrola zadania publicznego"),
    {
      kind: "list",
      items: [
        "Zleceniodawca sprawuje kontrolę prawidłowości wykonywania zadania publicznego przez Zleceniobiorcę, w tym wydatkowania przekazanej dotacji oraz środków, o których mowa w § 4. Kontrola może być przeprowadzona w toku realizacji zadania oraz po jego zakończeniu do czasu ustania obowiązku, o którym mowa w § 5 ust. 2.",
        "Zleceniobiorca na żądanie kontrolującego zobowiązuje się dostarczyć lub udostępnić dokumenty i inne nośniki informacji oraz udzielić wyjaśnień i informacji w terminie określonym przez kontrolującego.",
      ],
    },
    section(8, "Obowiązki sprawozdawcze Zleceniobiorcy"),
    {
      kind: "paragraph",
      text: `Zleceniobiorca składa sprawozdania z wykonania zadania publicznego, sporządzone według wzoru określonego w rozporządzeniu (Dz.U. 2018 poz. 2057, załącznik nr 5), w terminach (sprawozdanie końcowe w terminie ${c.finalReportDays} dni od dnia zakończenia realizacji zadania, art. 18 ust. 1 ustawy):`,
    },
    {
      kind: "table",
      caption: "Terminy sprawozdań",
      header: ["Sprawozdanie", "Okres", "Termin złożenia"],
      rows: c.reports.map((r) => [
        REPORT_KIND[r.kind],
        `${formatDate(r.periodStart)} – ${formatDate(r.periodEnd)}`,
        formatDate(r.dueOn),
      ]),
    },
    section(9, "Zwrot środków finansowych"),
    {
      kind: "list",
      items: [
        c.taskEnd.endsWith("-12-31")
          ? `Przyznane środki finansowe dotacji Zleceniobiorca jest zobowiązany wykorzystać w terminie realizacji zadania; zadanie kończy się z końcem roku budżetowego, więc niewykorzystaną kwotę dotacji Zleceniobiorca zwraca nie później niż do dnia 31 stycznia ${Number(c.taskEnd.slice(0, 4)) + 1} r.${returnInto(c)} (art. 251 ust. 1 ustawy z dnia 27 sierpnia 2009 r. o finansach publicznych).`
          : `Przyznane środki finansowe dotacji Zleceniobiorca jest zobowiązany wykorzystać w terminie realizacji zadania; niewykorzystaną kwotę dotacji Zleceniobiorca zwraca w terminie ${c.returnDays} dni od dnia zakończenia realizacji zadania${returnInto(c)} (art. 251 ust. 2 ustawy z dnia 27 sierpnia 2009 r. o finansach publicznych).`,
        "Od niewykorzystanej kwoty dotacji zwróconej po terminie naliczane są odsetki w wysokości określonej jak dla zaległości podatkowych (art. 251 ust. 4 ustawy o finansach publicznych).",
        "Dotacja wykorzystana niezgodnie z przeznaczeniem, pobrana nienależnie lub w nadmiernej wysokości podlega zwrotowi wraz z odsetkami na zasadach art. 252 ustawy o finansach publicznych.",
      ],
    },
    section(10, "Przesunięcia między pozycjami kosztorysu"),
    {
      kind: "paragraph",
      text: `Zleceniobiorca może dokonywać przesunięć między poszczególnymi pozycjami kosztów określonymi w kalkulacji przewidywanych kosztów; dopuszcza się zwiększenie danego kosztu finansowanego z dotacji o nie więcej niż ${formatPercent(c.allowedShiftBp)} bez zawierania aneksu do umowy. Naruszenie tego postanowienia uważa się za pobranie części dotacji w nadmiernej wysokości.`,
    },
    section(11, "Rozwiązanie umowy za porozumieniem Stron"),
    {
      kind: "paragraph",
      text: "Umowa może być rozwiązana na mocy porozumienia Stron w przypadku wystąpienia okoliczności, za które Strony nie ponoszą odpowiedzialności, a które uniemożliwiają wykonanie umowy. Skutki finansowe i ewentualny zwrot środków Strony określą w protokole.",
    },
    section(12, "Odstąpienie od umowy przez Zleceniobiorcę"),
    {
      kind: "paragraph",
      text: "W przypadku uprawdopodobnienia wystąpienia nadzwyczajnych okoliczności uniemożliwiających wykonanie umowy Zleceniobiorca może odstąpić od umowy, składając stosowne oświadczenie na piśmie nie później niż do dnia przekazania dotacji.",
    },
    section(13, "Dostępność"),
    {
      kind: "paragraph",
      text: "Zleceniobiorca zobowiązuje się zapewnić w ramach realizacji zadania dostępność osobom ze szczególnymi potrzebami co najmniej w zakresie minimalnych wymagań, o których mowa w art. 6 ustawy z dnia 19 lipca 2019 r. o zapewnianiu dostępności osobom ze szczególnymi potrzebami, z uwzględnieniem uniwersalnego projektowania lub racjonalnych usprawnień (art. 4 ust. 3 tej ustawy).",
    },
    section(14, "Ochrona danych osobowych"),
    {
      kind: "paragraph",
      text: "W zakresie, w jakim Zleceniobiorca przetwarza dane osobowe w imieniu Zleceniodawcy przy realizacji zadania, Strony zawierają umowę powierzenia przetwarzania danych osobowych zgodnie z art. 28 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO); Zleceniobiorca stosuje środki techniczne i organizacyjne zapewniające ochronę tych danych.",
    },
    section(15, "Postanowienia końcowe"),
    {
      kind: "list",
      items: [
        "Wszelkie zmiany umowy wymagają formy pisemnej w postaci aneksu, z zastrzeżeniem § 10.",
        "W zakresie nieuregulowanym umową stosuje się przepisy ustawy o działalności pożytku publicznego i o wolontariacie, ustawy o finansach publicznych oraz Kodeksu cywilnego.",
        "Ewentualne spory rozstrzyga sąd powszechny właściwy dla siedziby Zleceniodawcy.",
      ],
    },
    {
      kind: "signatures",
      parties: [
        { title: "Zleceniodawca", names: c.authority.representatives.map((r) => `${r.name}, ${r.function}`) },
        {
          title: "Zleceniobiorca",
          names: doc.offerors.flatMap((o) =>
            o.representatives.map((r) => `${r.name}, ${r.function} (${o.name})`),
          ),
        },
      ],
    },
    { kind: "heading", level: 2, text: "Załącznik nr 1. Oferta realizacji zadania publicznego" },
    {
      kind: "paragraph",
      text: `Oferta „${c.taskTitle}” złożona w konkursie „${doc.basics.competitionTitle}”, numer potwierdzenia ${input.offerVersion.receiptNumber}, suma kontrolna SHA-256: ${formatChecksum(input.offerVersion.checksum)}.`,
    },
    {
      kind: "table",
      caption: "Kalkulacja przewidywanych kosztów",
      header: [
        "Lp.",
        "Rodzaj kosztu",
        "Rok",
        "Jednostka",
        "Liczba jednostek",
        "Koszt jednostkowy",
        "Wartość",
      ],
      rows: [
        ...doc.sections.costs.rows.map((r, i) => [
          String(i + 1),
          r.name,
          r.year === null ? "" : String(r.year),
          r.unit,
          units(r.units),
          r.unitCost === null ? "" : formatMoney(r.unitCost),
          formatMoney(doc.calculation.rowValues[i] ?? 0),
        ]),
        ["", "Koszty ogółem", "", "", "", "", formatMoney(doc.calculation.total)],
      ],
    },
  );
  return blocks;
}

/** The document's title and subject for the files' properties. */
export function contractTitleOf(c: ContractContent): string {
  return `Umowa nr ${c.number} — ${c.taskTitle}`;
}
