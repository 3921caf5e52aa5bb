import { formatDate } from "../../platform/format/dates";
import { formatMoney } from "../../platform/format/money";
import { formatPercent } from "../../platform/format/percent";
import { formatIban } from "../../platform/validation/identifiers";
import type { ContractContent } from "../contracts/content";
import { rowValue } from "../offers/calculations";
import { formatUnits } from "../offers/offer-document-layout";
import type { ChangeDiff, FieldChange } from "./rules";

/*
 * The annex (aneks do umowy, PROCESS.md §4; the framework contract of Dz.U. 2018 poz. 2057 zał. 3
 * is changed only in writing) as a list of blocks — headings, paragraphs, tables, signatures —
 * built once and rendered to PDF (annex-pdf.server.ts) and DOCX (annex-docx.server.ts) so both say
 * the same: the parties, § 1 the changes before → after (with the new cost table when the costs
 * change), § 2 the rest of the contract unchanged, § 3 in force from signing. Polish only.
 */

export type AnnexBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; caption: string; header: string[]; rows: string[][] }
  | { kind: "signatures"; parties: string[] };

export interface AnnexInput {
  tenantName: string;
  annexNumber: number;
  /** The contract as it was (the version the request was made on) and as the annex makes it. */
  before: ContractContent;
  after: ContractContent;
  /** The day the contract was signed (or drawn up, when not recorded). */
  contractDate: string;
  diff: ChangeDiff;
  /** The "other" change, described by the organisation. */
  other: string | null;
  checksum: string;
}

const ACTION_FIELD = /^actions\.(\d+)\.(start|end)$/;
const INDICATOR_FIELD = /^indicators\.(\d+)\.(name|target|monitoring)$/;
/** A report's date moved by a new schedule ("reports.final.dueOn", "reports.annual.2027.periodEnd"). */
export const REPORT_FIELD = /^reports\.(final|annual|partial)(?:\.(\d+))?\.(periodStart|periodEnd|dueOn)$/;

/** The Polish name of a changed field, as the annex and the office's table show it. */
export function fieldNamePl(field: string): string {
  const fixed: Record<string, string> = {
    taskStart: "Termin rozpoczęcia realizacji zadania",
    taskEnd: "Termin zakończenia realizacji zadania",
    "sources.financial": "Wkład własny finansowy",
    "sources.fees": "w tym świadczenia pieniężne od odbiorców zadania",
    "sources.personal": "Wkład osobowy",
    "sources.inKind": "Wkład rzeczowy",
    totalCost: "Całkowity koszt zadania",
    ownContribution: "Wkład własny razem",
    bankAccount: "Numer rachunku bankowego Zleceniobiorcy",
  };
  if (fixed[field]) return fixed[field];
  const action = ACTION_FIELD.exec(field);
  if (action)
    return `Działanie ${Number(action[1]) + 1} — ${action[2] === "start" ? "termin rozpoczęcia" : "termin zakończenia"}`;
  const split = /^split\.(\d+)\.amount$/.exec(field);
  if (split) return `Oferent ${Number(split[1]) + 1} — część całkowitego kosztu zadania`;
  const indicator = INDICATOR_FIELD.exec(field);
  if (indicator) {
    const part = { name: "nazwa rezultatu", target: "planowany poziom", monitoring: "sposób monitorowania" }[
      indicator[2] as "name"
    ];
    return `Rezultat ${Number(indicator[1]) + 1} — ${part}`;
  }
  const report = REPORT_FIELD.exec(field);
  if (report) {
    const n = report[2] ?? "";
    const which = {
      final: `Sprawozdanie końcowe${n ? ` nr ${n}` : ""}`,
      annual: `Sprawozdanie roczne za ${n} r.`,
      partial: `Sprawozdanie częściowe nr ${n}`,
    }[report[1] as "final"];
    const part = { periodStart: "początek okresu", periodEnd: "koniec okresu", dueOn: "termin złożenia" }[
      report[3] as "dueOn"
    ];
    return `${which} — ${part}`;
  }
  return field;
}

/** A changed value as printed. */
export function formatChangeValue(
  change: Pick<FieldChange, "format">,
  value: string | number | null,
): string {
  if (value === null || value === "") return "—";
  if (change.format === "money") return formatMoney(Number(value));
  if (change.format === "date") return formatDate(String(value));
  if (change.format === "iban") return formatIban(String(value));
  return String(value);
}

function partiesOf(content: ContractContent): string[] {
  const reps = (list: { name: string; function: string }[]) =>
    list.length ? `, reprezentowanym przez: ${list.map((r) => `${r.name} — ${r.function}`).join(", ")}` : "";
  const offerors = content.document.offerors.map(
    (o) => `${o.name}, ${o.seat}${o.krs ? `, KRS ${o.krs}` : ""}${reps(o.representatives)}`,
  );
  return [
    `${content.authority.name}${reps(content.authority.representatives)}, zwanym dalej „Zleceniodawcą”,`,
    `a ${offerors.join("; ") || "—"}, zwanym dalej „Zleceniobiorcą”.`,
  ];
}

function costTable(content: ContractContent): AnnexBlock {
  const rows = content.document.sections.costs.rows.map((r, i) => {
    const value = rowValue(r);
    return [
      String(i + 1),
      r.name,
      r.unit,
      r.unitCost === null ? "—" : formatMoney(r.unitCost),
      formatUnits(r.units),
      value === null ? "—" : formatMoney(value),
    ];
  });
  rows.push(["", "Razem", "", "", "", formatMoney(content.document.calculation.total)]);
  return {
    kind: "table",
    caption: "Kalkulacja przewidywanych kosztów po zmianie",
    header: ["Lp.", "Rodzaj kosztu", "Jednostka", "Koszt jednostkowy", "Liczba jednostek", "Wartość"],
    rows,
  };
}

/** The annex as blocks. */
export function buildAnnex(input: AnnexInput): AnnexBlock[] {
  const { before, after, diff } = input;
  const blocks: AnnexBlock[] = [
    {
      kind: "heading",
      level: 1,
      text: `Aneks nr ${input.annexNumber} do umowy nr ${before.number} z dnia ${formatDate(input.contractDate)}`,
    },
    { kind: "paragraph", text: `o realizację zadania publicznego pod tytułem „${before.taskTitle}”,` },
    { kind: "paragraph", text: "zawarty w dniu …………………… pomiędzy:" },
    ...partiesOf(before).map((text) => ({ kind: "paragraph" as const, text })),
    { kind: "heading", level: 2, text: "§ 1" },
    { kind: "paragraph", text: "Strony zgodnie postanawiają wprowadzić do umowy następujące zmiany:" },
  ];
  if (diff.fields.length > 0)
    blocks.push({
      kind: "table",
      caption: "Zmiany postanowień umowy",
      header: ["Postanowienie", "Dotychczas", "Po zmianie"],
      rows: diff.fields.map((f) => [
        fieldNamePl(f.field),
        formatChangeValue(f, f.before),
        formatChangeValue(f, f.after),
      ]),
    });
  const lines = diff.costLines.filter((l) => l.status !== "same");
  if (lines.length > 0) {
    blocks.push({
      kind: "table",
      caption: "Zmiany pozycji kosztorysu",
      header: ["Lp.", "Rodzaj kosztu", "Dotychczas", "Po zmianie", "Zmiana"],
      rows: lines.map((l) => [
        String(l.position),
        l.name,
        l.before === null ? "—" : formatMoney(l.before),
        l.after === null ? "—" : formatMoney(l.after),
        l.changeBp === null ? "nowa pozycja" : formatPercent(l.changeBp, true),
      ]),
    });
    blocks.push(costTable(after));
  }
  if (input.other) blocks.push({ kind: "paragraph", text: `Inne zmiany: ${input.other}` });
  blocks.push(
    { kind: "heading", level: 2, text: "§ 2" },
    { kind: "paragraph", text: "Pozostałe postanowienia umowy pozostają bez zmian." },
    { kind: "heading", level: 2, text: "§ 3" },
    {
      kind: "paragraph",
      text: "Aneks wchodzi w życie z dniem podpisania przez obie strony. Aneks sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.",
    },
    { kind: "signatures", parties: ["Zleceniodawca", "Zleceniobiorca"] },
    { kind: "paragraph", text: `Suma kontrolna treści umowy po zmianie (SHA-256): ${input.checksum}` },
  );
  return blocks;
}

/** The title of the annex (document properties, file names' context). */
export function annexTitle(input: Pick<AnnexInput, "annexNumber" | "before">): string {
  return `Aneks nr ${input.annexNumber} do umowy nr ${input.before.number}`;
}
