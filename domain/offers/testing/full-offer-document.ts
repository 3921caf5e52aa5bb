import { calculateCosts } from "../calculations";
import { buildOfferDocument, type OfferDocument, type OfferorData } from "../document";
import type { CostRow, OfferSections } from "../sections";

/*
 * A complete joint offer as a document, pure (no database): ten actions over two budget years,
 * forty cost rows, three result indicators and a partner. Tests of the PDF, the HTML view and
 * anything that prints an offer start from it. Texts carry every Polish letter; the first cost row
 * is worth exactly 1 234,56 zł.
 */

export const FULL_OFFER_LEADER_ID = "0f4b8d2e-1c3a-4e5f-8a9b-000000000001";
export const FULL_OFFER_PARTNER_ID = "0f4b8d2e-1c3a-4e5f-8a9b-000000000002";

const leader: OfferorData = {
  organizationId: FULL_OFFER_LEADER_ID,
  name: "Fundacja „Zażółć gęślą jaźń” — Pomoc Sąsiedzka",
  legalForm: "foundation",
  krs: "0000123456",
  otherRegister: null,
  nip: "5730000007",
  regon: "240000012",
  seat: "ul. Jasnogórska 1, 42-200 Częstochowa",
  correspondenceAddress: "skr. poczt. 15, 42-200 Częstochowa",
  email: "biuro@zazolc.example.pl",
  phone: "+48 34 123 45 67",
  website: "https://zazolc.example.pl",
  representatives: [
    { name: "Małgorzata Źrebięcka", function: "Prezeska zarządu" },
    { name: "Łukasz Ślęzak", function: "Członek zarządu" },
  ],
  leader: true,
};

const partner: OfferorData = {
  organizationId: FULL_OFFER_PARTNER_ID,
  name: "Stowarzyszenie Przyjaciół Częstochowy",
  legalForm: "registered_association",
  krs: null,
  otherRegister: "Ewidencja starosty częstochowskiego, nr 17/2019",
  nip: null,
  regon: null,
  seat: "al. Najświętszej Maryi Panny 12, 42-217 Częstochowa",
  correspondenceAddress: "",
  email: "kontakt@przyjaciele.example.pl",
  phone: null,
  website: null,
  representatives: [{ name: "Żaneta Ćwik", function: "Prezes" }],
  leader: false,
};

/** The year each action falls in: actions 1–6 in 2026, 7–10 in 2027. */
const actionYear = (n: number) => (n <= 6 ? 2026 : 2027);

function actions(): OfferSections["task"]["actions"] {
  return Array.from({ length: 10 }, (_, i) => {
    const n = i + 1;
    const year = actionYear(n);
    const month = String(((n - 1) % 6) + 1).padStart(2, "0");
    return {
      name: `Warsztaty „Źródła” dla seniorów, część ${n}`,
      description: `Cykl spotkań nr ${n} — ćwiczenia pamięci, gęślą jaźń i łączność z sąsiadami.`,
      targetGroup: n % 2 ? "Seniorzy z dzielnicy Śródmieście" : "Opiekunowie osób zależnych",
      start: `${year}-${month}-01`,
      end: `${year}-${month}-28`,
      thirdParty: n === 4,
    };
  });
}

/** 36 rows of the actions (4 for actions 1–6, 3 for 7–10) and 4 administrative rows. */
function costRows(): CostRow[] {
  const rows: CostRow[] = [];
  for (let n = 1; n <= 10; n++) {
    const count = n <= 6 ? 4 : 3;
    for (let k = 1; k <= count; k++) {
      rows.push({
        action: n,
        name: `Koszt ${n}.${k}: wynagrodzenie prowadzącej zajęcia`,
        unit: k % 2 ? "godzina" : "usługa",
        // The first row is 1 234,56 zł × 1 = 1 234,56 zł.
        unitCost: rows.length === 0 ? 123_456 : 5_000 + n * 1_000 + k * 250,
        units: rows.length === 0 ? 100 : 1_000 + k * 250,
        year: actionYear(n),
      });
    }
  }
  for (let k = 1; k <= 4; k++) {
    rows.push({
      action: null,
      name: `Koszt administracyjny ${k}: obsługa księgowa`,
      unit: "miesiąc",
      unitCost: 40_000 + k * 1_000,
      units: 300,
      year: k <= 2 ? 2026 : 2027,
    });
  }
  return rows;
}

/** The sections of a complete joint offer; sources add up exactly to the total cost. */
export function fullOfferSections(): OfferSections {
  const rows = costRows();
  const total = calculateCosts({
    rows,
    sources: { grant: 0, financial: 0, fees: 0, personal: 0, inKind: 0 },
    split: [],
  }).totals.total;
  const financial = 250_000;
  const personal = 180_000;
  const inKind = 95_050;
  const grant = total - financial - personal - inKind;
  const leaderShare = Math.floor(total * 0.7);
  return {
    offerors: {
      contactName: "Jerzy Żółkiewski",
      contactFunction: "Koordynator projektu",
      contactPhone: "+48 600 100 200",
      contactEmail: "jerzy@zazolc.example.pl",
      correspondenceAddress: "",
    },
    task: {
      title: "Sąsiedzka opieka wytchnieniowa — łączymy pokolenia",
      startDate: "2026-01-01",
      endDate: "2027-06-30",
      place: "Częstochowa, dzielnica Śródmieście i Tysiąclecie",
      targetGroup: "Seniorzy i opiekunowie osób zależnych (ok. 120 osób).",
      summary:
        "Zadanie odpowiada na potrzebę wytchnienia opiekunów.\n\nŁączymy wolontariuszy z rodzinami; źródłem wiedzy są doświadczenia z lat 2024–2025.",
      actions: actions(),
      resultsProduced: "120 osób objętych wsparciem; 40 spotkań warsztatowych.",
      resultsChange: "Mniejsze obciążenie opiekunów, większa aktywność seniorów.",
      resultsDurability: "Sieć wolontariuszy działa po zakończeniu zadania.",
      indicators: [
        { name: "Liczba uczestników", target: "120 osób", monitoring: "Listy obecności" },
        { name: "Liczba godzin wytchnienia", target: "2 000 godzin", monitoring: "Karty usług" },
        { name: "Zadowolenie uczestników", target: "80% ocen „dobrze”", monitoring: "Ankieta końcowa" },
      ],
    },
    profile: {
      experience: "Od 2015 r. prowadzimy kluby seniora; w 2025 r. zrealizowaliśmy zadanie „Bliżej siebie”.",
      resources: "Dwie świetlice, 15 wolontariuszy, księgowa na umowie zlecenia.",
    },
    costs: {
      rows,
      sources: { grant, financial, fees: 30_000, personal, inKind },
      split: [
        { organizationId: FULL_OFFER_LEADER_ID, amount: leaderShare },
        { organizationId: FULL_OFFER_PARTNER_ID, amount: total - leaderShare },
      ],
    },
    other: {
      feesCharged: true,
      feesDescription: "Symboliczna opłata 5 zł za zajęcia wyjazdowe.",
      partnersRoles: "Fundacja prowadzi działania 1–6, stowarzyszenie 7–10; reprezentuje lider.",
      accessibility: "Sale bez progów, pętla indukcyjna, tłumacz PJM na żądanie.",
      otherInfo: "Wkład rzeczowy: udostępnienie świetlic (wycena rynkowa).",
    },
    declarations: {
      statutoryActivity: true,
      feesWithinPaidActivity: true,
      noArrears: true,
      registerConsistent: true,
      truthful: true,
      dataConsent: true,
    },
  };
}

/** A complete joint offer document; override any top-level part. */
export function fullOfferDocument(overrides: Partial<Omit<OfferDocument, "template">> = {}): OfferDocument {
  const { calculation, ...rest } = overrides;
  const doc = buildOfferDocument({
    offerId: "0f4b8d2e-1c3a-4e5f-8a9b-0000000000aa",
    basics: {
      authority: "Prezydent Miasta Częstochowy",
      taskType: "Pomoc społeczna, w tym pomoc rodzinom i osobom w trudnej sytuacji życiowej",
      competitionId: "0f4b8d2e-1c3a-4e5f-8a9b-0000000000cc",
      competitionTitle: "Świadczenie usługi opieki wytchnieniowej w latach 2026–2027",
      legalBasis: "art. 11 ust. 1 pkt 1 ustawy (wspieranie)",
    },
    offerors: [leader, partner],
    sections: fullOfferSections(),
    attachments: [
      {
        requirement: "Statut organizacji",
        filename: "statut-fundacji.pdf",
        size: 182_345,
        sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      },
      {
        requirement: null,
        filename: "rekomendacja-źródło.pdf",
        size: 48_000,
        sha256: "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
      },
    ],
    ...rest,
  });
  return calculation ? { ...doc, calculation } : doc;
}
