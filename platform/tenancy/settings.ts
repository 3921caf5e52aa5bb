import { z } from "zod";

/** One year of the 1.5 % campaign ("Zostaw 1,5 % w …"): residents who gave, amounts in grosze. */
export const OppCampaignYearSchema = z.object({
  year: z.number().int(),
  /** Residents who gave their 1.5 % to any OPP. */
  donors: z.number().int().nonnegative(),
  /** What they gave in total, in grosze. */
  totalGrosze: z.number().int().nonnegative(),
  /** The part that went to OPPs seated in the municipality, in grosze. */
  localGrosze: z.number().int().nonnegative(),
});
export type OppCampaignYear = z.infer<typeof OppCampaignYearSchema>;

/** The contract number pattern a tenant starts with (e.g. "WSO.526.1.2026"). */
export const DEFAULT_CONTRACT_NUMBER_PATTERN = "{department}.526.{seq}.{year}";

/** Tenant settings with their defaults; stored as JSON on the tenant, read through this schema. */
export const TenantSettingsSchema = z.object({
  /** Accessibility declaration data (ustawa z 4 kwietnia 2019 r. o dostępności cyfrowej, art. 10). */
  accessibility: z
    .object({
      publishedOn: z.string().default("2026-11-24"),
      updatedOn: z.string().default("2026-11-24"),
      contactName: z.string().default(""),
      contactEmail: z.string().default(""),
      contactPhone: z.string().default(""),
    })
    .default({
      publishedOn: "2026-11-24",
      updatedOn: "2026-11-24",
      contactName: "",
      contactEmail: "",
      contactPhone: "",
    }),
  /**
   * The authority offers are addressed to (section I of the offer, Dz.U. 2018 poz. 2057 zał. 1),
   * e.g. "Prezydent Miasta Częstochowy". Blank: the tenant's name.
   */
  offerAuthority: z.string().default(""),
  /** Name of the office unit that coordinates the cooperation (e.g. the NGO centre). */
  coordinatorUnit: z.string().default(""),
  coordinatorEmail: z.string().default(""),
  /**
   * The town where the municipality has its seat: organisations with their seat there are "local"
   * (the 1.5 % campaign page lists the local OPPs). Blank: derived from the tenant's name.
   */
  seatCity: z.string().default(""),
  /** The 1.5 % campaign's figures per year, kept by the coordinator; unreadable data counts as none. */
  oppCampaign: z.array(OppCampaignYearSchema).default([]).catch([]),
  /** Contract numbers: {department} (its code), {seq} (per tenant and year, from 1), {year}. */
  contractNumberPattern: z
    .string()
    .default(DEFAULT_CONTRACT_NUMBER_PATTERN)
    .catch(DEFAULT_CONTRACT_NUMBER_PATTERN),
  /** Who signs contracts for the authority by default (name and function). */
  contractRepresentatives: z
    .array(z.object({ name: z.string(), function: z.string() }))
    .default([])
    .catch([]),
  /** Allowed increase of a cost line without an annex, basis points (2 000 = 20 %). */
  contractAllowedShiftBp: z.number().int().min(0).max(10_000).default(2000).catch(2000),
  /**
   * Days after the task's end the final report is due, as contracts propose it; null: the statute's
   * 30 days (UDPP art. 18 ust. 1, FINAL_REPORT_DAYS in domain/contracts/generate-rules.ts).
   */
  contractFinalReportDays: z.number().int().min(1).max(365).nullable().default(null).catch(null),
  /**
   * The authority's bank account for returns of unused or undue grant (ufp art. 251–252), "PL" and
   * 26 digits; blank: none given (letters then say "the account named in the contract").
   */
  returnBankAccount: z.string().default("").catch(""),
});

export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

export function readTenantSettings(raw: unknown): TenantSettings {
  return TenantSettingsSchema.parse(raw ?? {});
}
