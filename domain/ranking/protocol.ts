import { formatDate, formatDateTime } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { formatPoints } from "./ranking";
import type { Ranking, RankingMember } from "./read-ranking";

/*
 * The committee's protocol (protokół z prac komisji konkursowej, PROCESS.md §3 "Merit evaluation")
 * as a list of blocks — headings, paragraphs, tables with captions and header rows, the signature
 * lines — built once and rendered to PDF (protocol-pdf.server.ts) and DOCX (protocol-docx.server.ts)
 * so both say the same. Polish only: the protocol is an official record.
 */

export type ProtocolBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; caption: string; header: string[]; rows: string[][] }
  | { kind: "signatures"; names: string[] };

export interface ProtocolCorrection {
  offerId: string;
  requestedAt: Date;
  deadline: Date;
  status: string;
  items: string[];
}

export interface ProtocolInput {
  ranking: Ranking;
  tenantName: string;
  corrections: readonly ProtocolCorrection[];
  /** When the protocol was produced. */
  now: Date;
}

export const TIE_RULE_TEXT =
  "Przy równej średniej wyżej jest oferta złożona wcześniej (pierwsze złożenie), a przy tej samej chwili złożenia — oferta o niższym numerze potwierdzenia.";

const KIND: Record<RankingMember["kind"], string> = {
  staff: "przedstawiciel organu",
  ngo: "przedstawiciel organizacji pozarządowych",
  expert: "ekspert (głos doradczy)",
};
const OUTCOME: Record<string, string> = {
  passed: "spełnia wymogi formalne",
  rejected: "odrzucona z przyczyn formalnych",
  correction: "w trakcie uzupełniania braków",
  pending: "nieoceniona formalnie",
};
const CORRECTION_STATUS: Record<string, string> = {
  open: "w toku",
  corrected: "uzupełniono",
  expired: "termin upłynął",
  cancelled: "anulowano",
};

const points = (n: number | null) => (n === null ? "—" : String(n));
const spread = (min: number | null, max: number | null) => (min === null ? "—" : `${min}–${max}`);

/** The protocol's blocks, section by section. */
export function buildProtocol(input: ProtocolInput): ProtocolBlock[] {
  const { ranking: r } = input;
  const c = r.competition;
  const offerName = new Map(r.offers.map((o) => [o.offerId, `${o.organizationName} — ${o.title}`]));
  const memberName = new Map(r.members.map((m) => [m.memberId, m.name]));
  const voting = r.members.filter((m) => m.voting);
  const hasNgo = r.members.some((m) => m.kind === "ngo");
  const ranked = r.offers.filter((o) => o.rank !== null);
  const proposed = r.offers.filter((o) => o.proposedAmount !== null);
  const dissents = r.members.filter((m) => m.dissent?.trim());
  const blocks: ProtocolBlock[] = [
    { kind: "heading", level: 1, text: "Protokół z prac komisji konkursowej" },
    { kind: "paragraph", text: `${input.tenantName}. Sporządzono ${formatDateTime(input.now)}.` },
    { kind: "heading", level: 2, text: "1. Konkurs" },
    {
      kind: "table",
      caption: "Dane konkursu",
      header: ["Pole", "Wartość"],
      rows: [
        ["Tytuł", c.title],
        ["Podstawa prawna", c.legalBasis || "—"],
        ["Data ogłoszenia", c.publishedAt ? formatDate(c.publishedAt) : "—"],
        [
          "Środki",
          `${formatMoney(r.funds)}${c.budgetYears.length > 1 ? ` (${c.budgetYears.map((b) => `${b.year}: ${formatMoney(b.amount)}`).join("; ")})` : ""}`,
        ],
        ["Próg punktowy", c.passThreshold === null ? "brak" : `${c.passThreshold} pkt`],
      ],
    },
    { kind: "heading", level: 2, text: "2. Skład komisji" },
    {
      kind: "table",
      caption: "Członkowie komisji",
      header: ["Imię i nazwisko", "Reprezentuje", "Funkcja", "Głos"],
      rows: r.members.map((m) => [
        m.name,
        KIND[m.kind],
        m.chair ? "przewodniczący" : "członek",
        m.voting ? "stanowiący" : "doradczy",
      ]),
    },
    {
      kind: "paragraph",
      text: hasNgo
        ? "W skład komisji weszli przedstawiciele organizacji pozarządowych (art. 15 ust. 2a UDPP)."
        : `Komisja działała bez udziału przedstawicieli organizacji pozarządowych (art. 15 ust. 2da UDPP). Powód: ${r.committee.withoutNgoReason?.trim() || "nie podano"}.`,
    },
    { kind: "heading", level: 2, text: "3. Oświadczenia i wyłączenia" },
    {
      kind: "table",
      caption: "Oświadczenia o braku konfliktu interesów",
      header: ["Członek komisji", "Podpisano"],
      rows: r.members.map((m) => [m.name, m.declaredAt ? formatDateTime(m.declaredAt) : "nie podpisano"]),
    },
    r.exclusions.length
      ? {
          kind: "table",
          caption: "Wyłączenia z oceny ofert",
          header: ["Członek komisji", "Oferta", "Źródło", "Powód"],
          rows: r.exclusions.map((e) => [
            memberName.get(e.memberId) ?? "—",
            offerName.get(e.offerId) ?? "—",
            e.source === "declared" ? "oświadczenie członka" : "decyzja urzędu",
            e.reason,
          ]),
        }
      : { kind: "paragraph", text: "Nikt nie został wyłączony z oceny żadnej oferty." },
    { kind: "heading", level: 2, text: "4. Ocena formalna" },
    {
      kind: "table",
      caption: "Wyniki oceny formalnej",
      header: ["Nr potwierdzenia", "Oferent", "Tytuł oferty", "Wynik", "Uzasadnienie"],
      rows: r.offers.map((o) => [
        o.receiptNumber,
        o.organizationName,
        o.title,
        OUTCOME[o.formalOutcome ?? "pending"] ?? "—",
        o.formalReason?.trim() || "—",
      ]),
    },
    input.corrections.length
      ? {
          kind: "table",
          caption: "Wezwania do uzupełnienia braków formalnych",
          header: ["Oferta", "Wezwano", "Termin", "Braki", "Stan"],
          rows: input.corrections.map((k) => [
            offerName.get(k.offerId) ?? "—",
            formatDate(k.requestedAt),
            formatDateTime(k.deadline),
            k.items.join("; ") || "—",
            CORRECTION_STATUS[k.status] ?? k.status,
          ]),
        }
      : { kind: "paragraph", text: "Nie wzywano do uzupełnienia braków formalnych." },
    { kind: "heading", level: 2, text: "5. Ocena merytoryczna" },
    {
      kind: "table",
      caption: "Punkty przyznane przez członków komisji",
      header: ["Oferta", ...voting.map((m) => m.name), "Średnia", "Rozpiętość"],
      rows: r.offers
        .filter((o) => o.formalOutcome === "passed")
        .map((o) => [
          offerName.get(o.offerId) ?? "—",
          ...voting.map((m) => {
            if (r.exclusions.some((e) => e.memberId === m.memberId && e.offerId === o.offerId))
              return "wyłączony";
            return points(o.scores.find((s) => s.memberId === m.memberId)?.total ?? null);
          }),
          formatPoints(o.meanHundredths),
          spread(o.min, o.max),
        ]),
    },
    { kind: "heading", level: 2, text: "6. Ranking" },
    { kind: "paragraph", text: `Zasada kolejności: ${TIE_RULE_TEXT}` },
    {
      kind: "table",
      caption: "Ranking ofert",
      header: ["Miejsce", "Oferta", "Średnia", "Wynik"],
      rows: ranked.map((o) => [
        String(o.rank),
        offerName.get(o.offerId) ?? "—",
        formatPoints(o.meanHundredths),
        o.passed ? "osiągnęła próg" : "poniżej progu",
      ]),
    },
    { kind: "heading", level: 2, text: "7. Proponowane kwoty dotacji" },
    {
      kind: "table",
      caption: "Kwoty proponowane przez komisję",
      header: ["Oferta", "Wnioskowana kwota", "Proponowana kwota"],
      rows: [
        ...proposed.map((o) => [
          offerName.get(o.offerId) ?? "—",
          formatMoney(o.requestedAmount),
          formatMoney(o.proposedAmount ?? 0),
        ]),
        ["Razem", "", formatMoney(r.proposedTotal)],
      ],
    },
    {
      kind: "paragraph",
      text:
        r.proposedTotal > r.funds
          ? `Suma proponowanych kwot (${formatMoney(r.proposedTotal)}) przekracza środki konkursu (${formatMoney(r.funds)}).`
          : `Suma proponowanych kwot: ${formatMoney(r.proposedTotal)} ze środków ${formatMoney(r.funds)}.`,
    },
    { kind: "heading", level: 2, text: "8. Zdania odrębne" },
    ...(dissents.length
      ? dissents.map((m): ProtocolBlock => ({ kind: "paragraph", text: `${m.name}: ${m.dissent?.trim()}` }))
      : [{ kind: "paragraph", text: "Nie zgłoszono zdań odrębnych." } satisfies ProtocolBlock]),
    { kind: "heading", level: 2, text: "9. Podpisy członków komisji" },
    { kind: "signatures", names: r.members.map((m) => m.name) },
  ];
  return blocks;
}
