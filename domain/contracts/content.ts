import type { CONTRACT_FORM_VALUES } from "../../platform/db/schema/contracts";
import type { REPORT_KIND_VALUES } from "../../platform/db/schema/reports";
import type { OfferDocument } from "../offers/document";

/*
 * What a contract version freezes (contract_versions.content): the framework contract of Dz.U.
 * 2018 poz. 2057 załącznik nr 3 filled in. The task, schedule, indicators and cost table are the
 * accepted offer's document (the update's when there was one), changed only by annexes; the
 * contract's own terms (number, form, amounts, instalments, report dates, the allowed shift,
 * return days, account) sit beside it. Reports carry their plan from here, the settlement its
 * planned cost lines, an annex writes a new version of it.
 */

export const CONTRACT_TEMPLATE = "Dz.U. 2018 poz. 2057, załącznik nr 3" as const;

export type ContractForm = (typeof CONTRACT_FORM_VALUES)[number];
export type ReportKind = (typeof REPORT_KIND_VALUES)[number];

export interface ContractInstalmentTerm {
  position: number;
  year: number;
  /** YYYY-MM-DD, Warsaw calendar day. */
  plannedOn: string;
  /** Grosze. */
  amount: number;
}

export interface ContractReportTerm {
  kind: ReportKind;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

export interface ContractContent {
  template: typeof CONTRACT_TEMPLATE;
  number: string;
  form: ContractForm;
  /** Where and when it is concluded ("Częstochowa", YYYY-MM-DD of drawing up). */
  place: string;
  drawnUpOn: string;
  /** The public party: the authority (e.g. "Prezydent Miasta Częstochowy") and who signs for it. */
  authority: { name: string; representatives: { name: string; function: string }[] };
  /** The offer as accepted (offerors with their representatives, sections, calculation). */
  document: OfferDocument;
  taskTitle: string;
  taskStart: string;
  taskEnd: string;
  /** Grosze. */
  grantAmount: number;
  ownContribution: number;
  totalCost: number;
  bankAccount: string;
  allowedShiftBp: number;
  finalReportDays: number;
  returnDays: number;
  /** The authority's account for returns (ufp art. 251), when the tenant set one at drawing up. */
  returnAccount?: string;
  instalments: ContractInstalmentTerm[];
  reports: ContractReportTerm[];
}

/** Reads a stored content back (it was written from this type; nothing else writes it). */
export function readContractContent(stored: Record<string, unknown>): ContractContent {
  return stored as unknown as ContractContent;
}
