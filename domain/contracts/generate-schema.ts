import { CONTRACT_FORM_VALUES } from "../../platform/db/schema/contracts";
import { REPORT_KIND_VALUES } from "../../platform/db/schema/reports";
import { formatMoney } from "../../platform/format/money";
import { nestFormFields } from "../../platform/forms/form-tree";
import { IbanSchema } from "../../platform/validation/identifiers";
import { z } from "../../platform/validation/zod-messages";
import { DateSchema, MoneySchema, PercentSchema } from "../competitions/schemas";
import { plainText } from "../organizations/schemas";
import { MAX_INSTALMENTS, MAX_REPORTS, MAX_REPRESENTATIVES } from "./generate-rules";

/*
 * The contract's terms as the officer draws them up (and redraws the draft): one schema for the
 * form, the action and the use cases. Money is typed in złoty and kept in grosze, the shift in
 * percent kept in basis points. The instalments must add up to the awarded grant exactly, and a
 * contract of entrusting (powierzenie, UDPP art. 11 ust. 1 pkt 2) has no own contribution, so both
 * rules need the amounts: `contractTermsSchema({ grant, ownContribution })`.
 */

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Rows from the form (an object keyed by index, "instalments.0.amount") in index order; all-blank rows dropped. */
export function formRows<S extends z.ZodType>(row: S, max: number) {
  return z.preprocess(
    (v) => {
      if (blank(v)) return [];
      const list = Array.isArray(v)
        ? v
        : typeof v === "object"
          ? Object.entries(v as Record<string, unknown>)
              .filter(([k]) => /^\d{1,3}$/.test(k))
              .sort(([a], [b]) => Number(a) - Number(b))
              .map(([, value]) => value)
          : v;
      return Array.isArray(list)
        ? list.filter((r) => !(r && typeof r === "object" && Object.values(r).every(blank)))
        : list;
    },
    z.array(row).max(max, "offer.error.tooManyRows"),
  );
}

/** A number of days typed whole, 1–365. */
export const DaysSchema = z
  .union([z.string(), z.number()])
  .transform((v) => (typeof v === "number" ? v : /^\s*\d{1,3}\s*$/.test(v) ? Number(v) : Number.NaN))
  .pipe(z.number("competition.error.wholeNumber").int().min(1).max(365));

export const RepresentativeSchema = z.object({ name: plainText(200), function: plainText(200) });
export const InstalmentTermSchema = z.object({ plannedOn: DateSchema, amount: MoneySchema });
export const ReportTermSchema = z.object({
  kind: z.enum(REPORT_KIND_VALUES),
  periodStart: DateSchema,
  periodEnd: DateSchema,
  dueOn: DateSchema,
});

const BaseTermsSchema = z.object({
  form: z.preprocess((v) => (blank(v) ? "support" : v), z.enum(CONTRACT_FORM_VALUES)),
  representatives: formRows(RepresentativeSchema, MAX_REPRESENTATIVES).refine(
    (v) => v.length > 0,
    "contracts.generate.error.representativesRequired",
  ),
  bankAccount: IbanSchema,
  instalments: formRows(InstalmentTermSchema, MAX_INSTALMENTS).refine(
    (v) => v.length > 0,
    "contracts.generate.error.instalmentsRequired",
  ),
  reports: formRows(ReportTermSchema, MAX_REPORTS),
  allowedShift: PercentSchema,
  finalReportDays: DaysSchema,
  returnDays: DaysSchema,
});

export type ContractTerms = z.infer<typeof BaseTermsSchema>;
export type ContractTermsInput = z.input<typeof BaseTermsSchema>;

/** The terms' schema for a contract of this grant and own contribution (grosze). */
export function contractTermsSchema(amounts: { grant: number; ownContribution: number }) {
  return BaseTermsSchema.superRefine((terms, ctx) => {
    const sum = terms.instalments.reduce((s, t) => s + t.amount, 0);
    if (terms.instalments.length > 0 && sum !== amounts.grant)
      ctx.addIssue({
        code: "custom",
        path: ["instalments"],
        message: `contracts.generate.error.instalmentSum|${JSON.stringify({
          sum: formatMoney(sum),
          grant: formatMoney(amounts.grant),
        })}`,
      });
    if (terms.form === "entrust" && amounts.ownContribution > 0)
      ctx.addIssue({ code: "custom", path: ["form"], message: "contracts.generate.error.entrustOwn" });
    if (!terms.reports.some((r) => r.kind === "final"))
      ctx.addIssue({ code: "custom", path: ["reports"], message: "contracts.generate.error.finalRequired" });
    terms.reports.forEach((r, i) => {
      if (r.periodEnd < r.periodStart || r.dueOn < r.periodEnd)
        ctx.addIssue({
          code: "custom",
          path: ["reports", i, "dueOn"],
          message: "contracts.generate.error.reportDates",
        });
    });
  });
}

/** Flat form values ("instalments.0.amount") as the nested object the schema reads (platform/forms). */
export function nestFormValues(values: Record<string, string>): Record<string, unknown> {
  return nestFormFields(Object.entries(values));
}
