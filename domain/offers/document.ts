import { type CostCalculation, calculateCosts } from "./calculations";
import type { OfferSections } from "./sections";

/*
 * The offer as one document (Dz.U. 2018 poz. 2057, załącznik nr 1, sections I–VII): what a
 * submission freezes into offer_versions.content, what the checksum is computed over, and what
 * the PDF and the HTML view render. Computed values (V.A row values, totals, shares) are part of
 * it, so the frozen version shows exactly what was submitted even if a rounding rule changes.
 */

export const OFFER_TEMPLATE = "dz-u-2018-poz-2057-zal-1";

/** II.1: one offeror as its organisation's profile said at the time of submission. */
export interface OfferorData {
  organizationId: string;
  name: string;
  legalForm: string;
  /** KRS number, or the other register and number. */
  krs: string | null;
  otherRegister: string | null;
  nip: string | null;
  regon: string | null;
  seat: string;
  correspondenceAddress: string;
  email: string;
  phone: string | null;
  website: string | null;
  /** Persons authorised to represent it (signatures on the printed offer). */
  representatives: { name: string; function: string }[];
  /** True for the leading offeror of a joint offer (or the only one). */
  leader: boolean;
}

export interface OfferDocument {
  template: typeof OFFER_TEMPLATE;
  offerId: string;
  /** I. */
  basics: {
    authority: string;
    taskType: string;
    competitionId: string;
    competitionTitle: string;
    legalBasis: string;
  };
  /** II.1 (all offerors, leader first). */
  offerors: OfferorData[];
  /** II.2 and the sections as typed (parsed). */
  sections: OfferSections;
  /** V computed. */
  calculation: {
    rowValues: (number | null)[];
    byAction: [number, number][];
    byYear: [number | null, number][];
    actions: number;
    admin: number;
    total: number;
    own: number;
    nonFinancial: number;
    unallocated: number;
    splitSum: number;
  };
  /** The attachments, each identified by its content's SHA-256. */
  attachments: { requirement: string | null; filename: string; size: number; sha256: string }[];
}

/** The calculation part of the document, from V's computation. */
export function documentCalculation(calc: CostCalculation): OfferDocument["calculation"] {
  return {
    rowValues: calc.totals.rowValues,
    byAction: [...calc.totals.byAction.entries()].sort((a, b) => a[0] - b[0]),
    byYear: [...calc.totals.byYear.entries()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)),
    actions: calc.totals.actions,
    admin: calc.totals.admin,
    total: calc.totals.total,
    own: calc.sources.own,
    nonFinancial: calc.sources.nonFinancial,
    unallocated: calc.sources.unallocated,
    splitSum: calc.split.sum,
  };
}

/** Assembles the document from its parts (pure; the use case reads the parts from the database). */
export function buildOfferDocument(input: Omit<OfferDocument, "template" | "calculation">): OfferDocument {
  return {
    template: OFFER_TEMPLATE,
    ...input,
    calculation: documentCalculation(calculateCosts(input.sections.costs)),
  };
}

/**
 * JSON with object keys sorted at every level and no whitespace: the same content always gives
 * the same text, whatever order the keys were built in or stored by jsonb.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** The checksum as printed: upper case in groups of 8 ("3F2A…" × 8), easy to compare by eye. */
export function formatChecksum(checksum: string): string {
  return checksum.toUpperCase().replace(/(.{8})(?!$)/g, "$1 ");
}
