import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { departments } from "../../platform/db/schema/tenancy";
import { percentInput } from "../../platform/format/percent";
import type { TenantSettings } from "../../platform/tenancy/settings";
import { formatIban, IbanSchema } from "../../platform/validation/identifiers";
import { PercentSchema } from "../competitions/schemas";
import {
  CONTRACT_NUMBER_PLACEHOLDERS,
  finalReportDaysOf,
  MAX_CONTRACT_NUMBER_PATTERN,
  MAX_REPRESENTATIVES,
} from "../contracts/generate-rules";
import { DaysSchema, formRows, RepresentativeSchema } from "../contracts/generate-schema";
import { optional, plainText } from "../organizations/schemas";

/*
 * The fieldset "Umowy dotacyjne" of the municipality settings: what contracts (Dz.U. 2018 poz. 2057
 * zał. 3) are drawn up with by default — the number pattern, who signs for the authority, the
 * allowed shift between cost lines, the final report's days (UDPP art. 18 ust. 1) — and the
 * authority's account for returns of grant (ufp art. 251). The fields are flat, as the form posts
 * them; the representatives come as "contractRepresentatives.0.name" rows.
 */

/** The pattern: must contain {seq}, may contain {department} and {year}, no other "{…}". */
export const ContractNumberPatternField = plainText(MAX_CONTRACT_NUMBER_PATTERN).superRefine(
  (pattern, ctx) => {
    if (!pattern) return;
    const rest = CONTRACT_NUMBER_PLACEHOLDERS.reduce((text, p) => text.replaceAll(p, ""), pattern);
    if (/[{}]/.test(rest))
      ctx.addIssue({ code: "custom", message: "admin.settings.contractNumberPatternPlaceholder" });
    else if (!pattern.includes("{seq}"))
      ctx.addIssue({ code: "custom", message: "admin.settings.contractNumberPatternSeq" });
  },
);

/** The contract settings' fields, spread into the settings form's schema. */
export const contractSettingsFields = {
  contractNumberPattern: ContractNumberPatternField,
  /** Up to MAX_REPRESENTATIVES rows of name and function; rows left blank are dropped. */
  contractRepresentatives: formRows(RepresentativeSchema, MAX_REPRESENTATIVES),
  /** Percent typed "20" or "12,5", kept in basis points (1 250). */
  contractAllowedShift: PercentSchema,
  contractFinalReportDays: DaysSchema,
  /** The authority's account for returns; blank: none. */
  returnBankAccount: optional(IbanSchema).transform((v) => v ?? ""),
};

const ROW = /^contractRepresentatives\.(\d{1,2})\.(name|function)$/;

/** The form's flat "contractRepresentatives.N.name" keys gathered into rows keyed by index. */
export function gatherRepresentativeRows(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const flat = raw as Record<string, unknown>;
  if (flat.contractRepresentatives !== undefined) return raw;
  const rows: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(flat)) {
    const m = ROW.exec(key);
    if (m?.[1] && m[2]) rows[m[1]] = { ...rows[m[1]], [m[2]]: value };
  }
  return { ...flat, contractRepresentatives: rows };
}

type ContractSettingsInput = {
  contractNumberPattern: string;
  contractRepresentatives: { name: string; function: string }[];
  contractAllowedShift: number;
  contractFinalReportDays: number;
  returnBankAccount: string;
};

/** The tenant settings' keys as the form's input sets them. */
export function contractSettingsOf(input: ContractSettingsInput) {
  return {
    contractNumberPattern: input.contractNumberPattern,
    contractRepresentatives: input.contractRepresentatives.map((r) => ({
      name: r.name,
      function: r.function,
    })),
    contractAllowedShiftBp: input.contractAllowedShift,
    contractFinalReportDays: input.contractFinalReportDays,
    returnBankAccount: input.returnBankAccount,
  };
}

function commonView(settings: TenantSettings): Record<string, string> {
  return {
    contractNumberPattern: settings.contractNumberPattern,
    contractAllowedShift: percentInput(settings.contractAllowedShiftBp),
    contractFinalReportDays: String(finalReportDaysOf(settings)),
    returnBankAccount: settings.returnBankAccount ? formatIban(settings.returnBankAccount) : "",
  };
}

/** The settings as the form shows them: one "contractRepresentatives.N.*" pair per row. */
export function contractSettingsView(settings: TenantSettings): Record<string, string> {
  const rows = settings.contractRepresentatives.flatMap((r, i) => [
    [`contractRepresentatives.${i}.name`, r.name],
    [`contractRepresentatives.${i}.function`, r.function],
  ]);
  return { ...commonView(settings), ...Object.fromEntries(rows) };
}

/** The settings as the audit entry compares them: the representatives as one line each. */
export function contractSettingsAuditView(settings: TenantSettings): Record<string, string> {
  return {
    ...commonView(settings),
    contractRepresentatives: settings.contractRepresentatives
      .map((r) => `${r.name} — ${r.function}`)
      .join("\n"),
  };
}

/** What the preview of the next number is made of: the first department's code (or "WSO"). */
export async function contractNumberExample(
  db: DbOrTx,
  tenantId: string,
  year: number,
): Promise<{ departmentCode: string; seq: number; year: number }> {
  const [first] = await db
    .select({ code: departments.code })
    .from(departments)
    .where(eq(departments.tenantId, tenantId))
    .orderBy(asc(departments.code))
    .limit(1);
  return { departmentCode: first?.code ?? "WSO", seq: 1, year };
}
