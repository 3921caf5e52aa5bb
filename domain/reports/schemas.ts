import { formatMoney } from "../../platform/format/money";
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

export const REPORT_SECTION_KEYS = [
  "substantive",
  "financial",
  "additional",
  "documents",
  "declarations",
] as const;
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

/** The optional list of accounting documents holds at most this many rows (a limit of the form and the PDF). */
export const MAX_REPORT_DOCUMENTS = 500;

/** A required money amount ("1 234,56"): blank is refused. */
const RequiredAmount = z
  .preprocess((v) => v ?? "", MoneySchema)
  .refine((v) => v <= L.maxAmount, "offer.error.amountTooLarge");

const required = (max: number) =>
  z.preprocess((v) => (typeof v === "number" ? String(v) : (v ?? "")), plainText(max));

/**
 * One accounting document: number, date of issue, issuer, the plan's cost line it is charged to
 * (one of `costLineKeys` when given: the use case passes the plan's), the gross amount and its
 * split between the grant and other sources, which cannot exceed the amount.
 */
export function reportDocumentSchema(costLineKeys?: readonly string[]) {
  return z
    .object({
      number: required(100),
      date: z.preprocess((v) => v ?? "", z.string().trim().min(1).pipe(DateSchema)),
      issuer: text(L.shortText),
      costLine: required(10).refine(
        (v) => !costLineKeys || costLineKeys.includes(v),
        "reports.error.unknownCostLine",
      ),
      description: text(L.mediumText),
      amount: RequiredAmount,
      fromGrant: ReportAmount,
      fromOther: ReportAmount,
    })
    .superRefine((row, ctx) => {
      if (row.fromGrant + row.fromOther <= row.amount) return;
      const message = `reports.error.documentSplit|${JSON.stringify({
        parts: formatMoney(row.fromGrant + row.fromOther),
        amount: formatMoney(row.amount),
      })}`;
      ctx.addIssue({ code: "custom", path: ["fromGrant"], message });
      ctx.addIssue({ code: "custom", path: ["fromOther"], message });
    });
}

function isBlankRow(row: unknown): boolean {
  if (row === undefined || row === null) return true;
  if (typeof row !== "object") return false;
  return Object.values(row).every(
    (v) => v === undefined || v === null || (typeof v === "string" && v.trim() === ""),
  );
}

/**
 * Part III (optional): the list of accounting documents. Rows are keyed by their index in the
 * form ("documents.3.amount"), so an error names the row as typed; blank rows are dropped, the
 * rest kept in the form's order.
 */
export function documentsSectionSchema(costLineKeys?: readonly string[]) {
  return z.object({
    documents: z
      .preprocess(
        (v) => {
          const entries = Array.isArray(v)
            ? v.map((r, i) => [String(i), r] as const)
            : v && typeof v === "object"
              ? Object.entries(v)
              : [];
          return Object.fromEntries(entries.filter(([, r]) => !isBlankRow(r)));
        },
        z.record(z.string().regex(/^\d{1,3}$/, "form.invalid"), reportDocumentSchema(costLineKeys)),
      )
      .refine(
        (rows) => Object.keys(rows).length <= MAX_REPORT_DOCUMENTS,
        `reports.error.tooManyDocuments|${JSON.stringify({ max: MAX_REPORT_DOCUMENTS })}`,
      )
      .transform((rows) =>
        Object.entries(rows)
          .sort(([a], [b]) => Number(a) - Number(b))
          .map(([, r]) => r),
      ),
  });
}

/** The section without the plan: any cost line passes (the use case checks it against the plan). */
export const DocumentsSectionSchema = documentsSectionSchema();

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
  documents: DocumentsSectionSchema,
  declarations: ReportDeclarationsSchema,
} as const;

export type SubstantiveSection = z.infer<typeof SubstantiveSectionSchema>;
export type FinancialSection = z.infer<typeof FinancialSectionSchema>;
export type AdditionalSection = z.infer<typeof AdditionalSectionSchema>;
export type DocumentsSection = z.infer<typeof DocumentsSectionSchema>;
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
