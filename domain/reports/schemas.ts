import { z } from "../../platform/validation/zod-messages";
import { DateSchema, MoneySchema } from "../competitions/schemas";
import { OFFER_LIMITS as L } from "../offers/rules";
import { plainText } from "../organizations/schemas";

/*
 * The report's form (Dz.U. 2018 poz. 2057 zał. 5), one schema per section, shared by the form,
 * the action and the use cases. Rows of the plan (actions, indicators, cost lines) are keyed by
 * their index in the plan ("costLines.2.actual"), so a blank row never shifts the others. Money is
 * typed as the offer's cost section types it ("1 234,56") and kept in grosze; blank is 0. What a
 * draft may leave empty is checked again at submission (submit-report.ts). Messages are i18n keys.
 */

export const REPORT_SECTION_KEYS = ["substantive", "financial", "additional", "declarations"] as const;
export type ReportSectionKey = (typeof REPORT_SECTION_KEYS)[number];

export function isReportSectionKey(value: unknown): value is ReportSectionKey {
  return typeof value === "string" && (REPORT_SECTION_KEYS as readonly string[]).includes(value);
}

function blankTo<T>(fallback: T) {
  return (v: unknown) =>
    v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? fallback : v;
}

function text(max: number) {
  return z.preprocess(blankTo(""), z.union([z.literal(""), plainText(max)])).default("");
}

/** Money where blank means 0; never negative, at most 100 million zł. */
export const ReportAmount = z
  .preprocess(blankTo(0), MoneySchema)
  .refine((v) => v <= L.maxAmount, "offer.error.amountTooLarge")
  .default(0);

const Checkbox = z
  .preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean())
  .default(false);

/** Rows keyed by their index in the plan. */
function rows<S extends z.ZodType>(row: S) {
  return z
    .preprocess(
      (v) => (Array.isArray(v) ? Object.fromEntries(v.map((r, i) => [String(i), r])) : (v ?? {})),
      z.record(z.string().regex(/^\d{1,3}$/, "form.invalid"), row),
    )
    .default({});
}

/** Part I: the substantive report. */
export const SubstantiveSectionSchema = z.object({
  achievement: text(L.longText),
  actions: rows(z.object({ done: text(L.longText) })),
  indicators: rows(z.object({ achieved: text(L.shortText), comment: text(L.mediumText) })),
  beneficiaries: z
    .preprocess(
      (v) => (typeof v === "number" ? String(v) : blankTo(null)(v)),
      z
        .string()
        .trim()
        .regex(/^\d{1,7}$/, "competition.error.wholeNumber")
        .transform(Number)
        .nullable(),
    )
    .default(null),
  deviations: text(L.longText),
});

/** Part II: the financial report. */
export const FinancialSectionSchema = z
  .object({
    costLines: rows(z.object({ actual: ReportAmount, explanation: text(L.mediumText) })),
    sources: z
      .object({ grant: ReportAmount, financial: ReportAmount, personal: ReportAmount, inKind: ReportAmount })
      .default({ grant: 0, financial: 0, personal: 0, inKind: 0 }),
    otherIncome: ReportAmount,
    interestEarned: ReportAmount,
    interestSpent: ReportAmount,
  })
  .refine((v) => v.interestSpent <= v.interestEarned, {
    message: "reports.error.interestSpent",
    path: ["interestSpent"],
  });

/** Part III: additional information. */
export const AdditionalSectionSchema = z.object({ additionalInfo: text(L.longText) });

/** The template's declarations; all must be ticked to submit. */
export const ReportDeclarationsSchema = z.object({
  truthful: Checkbox,
  vatAccounting: Checkbox,
  dataConsent: Checkbox,
});

export const REPORT_SECTION_SCHEMAS = {
  substantive: SubstantiveSectionSchema,
  financial: FinancialSectionSchema,
  additional: AdditionalSectionSchema,
  declarations: ReportDeclarationsSchema,
} as const;

export type SubstantiveSection = z.infer<typeof SubstantiveSectionSchema>;
export type FinancialSection = z.infer<typeof FinancialSectionSchema>;
export type AdditionalSection = z.infer<typeof AdditionalSectionSchema>;
export type ReportDeclarations = z.infer<typeof ReportDeclarationsSchema>;

/** The officer's decision: accept, or return with remarks and a deadline for the correction. */
export const ReportDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept") }),
  z.object({
    decision: z.literal("return"),
    remarks: plainText(L.longText),
    correctionDueOn: z.preprocess(blankTo(undefined), DateSchema.optional()),
  }),
]);
export type ReportDecisionInput = z.input<typeof ReportDecisionSchema>;
