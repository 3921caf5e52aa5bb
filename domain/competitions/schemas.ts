import { formatDateTime, resolveWarsawLocal, warsawLocalToInstant } from "../../platform/format/dates";
import { parseMoney } from "../../platform/format/money";
import { z } from "../../platform/validation/zod-messages";
import { AREA_CODES } from "../organizations/areas";
import { isLegalFormCode, LEGAL_FORM_CODES, type LegalFormCode } from "../organizations/legal-forms";
import { plainText } from "../organizations/schemas";
import { COMPETITION_LIMITS as L, MAX_BUDGET_YEARS } from "./rules";

/*
 * One schema for the competition's draft form: the HTML form (through CompetitionDraftFormSchema),
 * the action, the use cases and tests. Money is typed as Polish text ("1 234,56") and kept in
 * grosze; shares as percent ("10" or "10,5") kept in basis points; the deadline as Warsaw local
 * time ("2026-12-20 15:00") kept as an instant. Every message is an i18n key.
 */

/** Blank input (or absent) becomes null. */
function blankToNull(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" && v.trim() === "") return null;
  return v;
}

function nullable<S extends z.ZodType>(schema: S) {
  return z.preprocess(blankToNull, schema.nullable());
}

/** Long text: empty allowed, no markup or control characters. */
const longText = z.union([z.literal(""), plainText(L.longText)]).default("");

/** Money typed in złoty ("1 234,56", "1234.56", "1234") as non-negative grosze. */
export const MoneySchema = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  if (typeof raw === "string" && raw.trim() === "") {
    ctx.addIssue({ code: "custom", message: "form.required" });
    return z.NEVER;
  }
  const grosze = typeof raw === "number" ? raw : parseMoney(raw);
  if (grosze === null || !Number.isSafeInteger(grosze) || grosze < 0) {
    ctx.addIssue({ code: "custom", message: "competition.error.money" });
    return z.NEVER;
  }
  return grosze;
});

/** A share typed in percent ("10", "10,5", "12.25 %") as basis points (1 % = 100), 0–100 %. */
export const PercentSchema = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  const text = typeof raw === "number" ? String(raw / 100) : raw.replace(/[\s\u00a0%]/g, "");
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  const bp =
    typeof raw === "number" ? raw : m ? Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0")) : NaN;
  if (!Number.isInteger(bp) || bp < 0 || bp > 10_000) {
    ctx.addIssue({ code: "custom", message: "competition.error.percent" });
    return z.NEVER;
  }
  return bp;
});

/** A calendar date "YYYY-MM-DD" that exists. */
export const DateSchema = z
  .string()
  .trim()
  .refine((v) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === v;
  }, "competition.error.date");

/** The deadline typed as Warsaw wall-clock time, "2026-12-20 15:00", as an instant. */
export const DeadlineSchema = z.union([z.string(), z.date()]).transform((raw, ctx) => {
  if (raw instanceof Date) return raw;
  const text = raw.trim();
  const datePart = text.slice(0, 10);
  const instant = warsawLocalToInstant(text);
  if (!instant || !DateSchema.safeParse(datePart).success) {
    ctx.addIssue({ code: "custom", message: "competition.error.deadlineFormat" });
    return z.NEVER;
  }
  return instant;
});

/**
 * The warning the form shows beside a deadline typed at a DST change (an i18n key with its
 * parameters, as errors carry them), or null. The deadline is accepted either way: a time skipped
 * in spring is moved forward by the gap, a repeated one in autumn is the later (winter-time) one —
 * see resolveWarsawLocal. The warning names the instant stored, as the officer's clock shows it.
 */
export function deadlineShiftWarning(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  if (!DateSchema.safeParse(text.slice(0, 10)).success) return null;
  const resolved = resolveWarsawLocal(text);
  if (!resolved || resolved.shift === "none") return null;
  const params = {
    typed: text.slice(11, 16),
    day: text.slice(0, 10),
    became: formatDateTime(resolved.instant),
  };
  const key =
    resolved.shift === "gap" ? "competition.warning.deadlineGap" : "competition.warning.deadlineAmbiguous";
  return `${key}|${JSON.stringify(params)}`;
}

/** A whole number typed in a form (or given as a number), within bounds; blank is "required". */
function wholeNumber(min: number, max: number) {
  return z
    .preprocess(
      (v) => (typeof v === "number" ? String(v) : v),
      z
        .string()
        .trim()
        .min(1)
        .regex(/^\d{1,6}$/, "competition.error.wholeNumber"),
    )
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}

const YearSchema = wholeNumber(2000, 2100);
const PointsSchema = wholeNumber(0, L.maxPointsPerCriterion);

const BudgetYearSchema = z.object({ year: YearSchema, amount: MoneySchema });
const PriorTaskSchema = z.object({ year: YearSchema, name: plainText(L.priorTaskName), amount: MoneySchema });
const CriterionSchema = z.object({
  code: z
    .string()
    .trim()
    .max(L.criterionCode)
    .regex(/^[a-z0-9_-]+$/, "form.invalid"),
  label: plainText(L.criterionLabel),
  maxPoints: PointsSchema.refine((n) => n > 0, "competition.error.points"),
});
const AttachmentSchema = z.object({ label: plainText(L.attachmentLabel) });

/** The draft's content: every field a draft may hold (a draft may be incomplete; publishing checks the rest). */
export const CompetitionDraftSchema = z
  .object({
    departmentId: z.uuid({ message: "form.invalidChoice" }),
    legalBasisId: z.uuid({ message: "form.invalidChoice" }),
    areaCode: z.enum(AREA_CODES),
    title: z.string().trim().min(1).pipe(plainText(L.title, 5)),
    taskDescription: longText,
    awardRules: longText,
    taskConditions: longText,
    taskStart: nullable(DateSchema).default(null),
    taskEnd: nullable(DateSchema).default(null),
    offerDeadline: nullable(DeadlineSchema).default(null),
    selectionProcedure: longText,
    selectionDate: nullable(DateSchema).default(null),
    eligibleLegalForms: z
      .array(z.string().max(64))
      .max(LEGAL_FORM_CODES.length)
      .refine((codes) => codes.every(isLegalFormCode), "form.invalidChoice")
      .transform((codes) => LEGAL_FORM_CODES.filter((c) => codes.includes(c)) as LegalFormCode[])
      .default([]),
    minGrant: nullable(MoneySchema).default(null),
    maxGrant: nullable(MoneySchema).default(null),
    minOwnContributionBp: nullable(PercentSchema).default(null),
    minFinancialContributionBp: nullable(PercentSchema).default(null),
    minPersonalContributionBp: nullable(PercentSchema).default(null),
    adminCostCapBp: nullable(PercentSchema).default(null),
    passThreshold: nullable(wholeNumber(0, 10_000)).default(null),
    budgetYears: z
      .array(BudgetYearSchema)
      .max(MAX_BUDGET_YEARS, "competition.error.tooManyYears")
      .default([]),
    priorTasks: z.array(PriorTaskSchema).max(L.priorTasks).default([]),
    criteria: z.array(CriterionSchema).max(L.criteria).default([]),
    requiredAttachments: z.array(AttachmentSchema).max(L.attachments).default([]),
  })
  .superRefine(crossFieldChecks, { when: () => true });

export type CompetitionDraft = z.output<typeof CompetitionDraftSchema>;
export type CompetitionDraftInput = z.input<typeof CompetitionDraftSchema>;

type Ctx = z.RefinementCtx;

/** Rules between fields; they run even when other fields failed, so every error shows at once. */
function crossFieldChecks(value: unknown, ctx: Ctx): void {
  // With `when: () => true` this runs even on input that is no object (null): the type error says it all.
  if (typeof value !== "object" || value === null) return;
  const d = value as Partial<Record<keyof CompetitionDraft, unknown>>;
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  const start = str(d.taskStart);
  const end = str(d.taskEnd);
  if (start && end && start > end)
    ctx.addIssue({ code: "custom", path: ["taskEnd"], message: "competition.error.endBeforeStart" });
  const min = num(d.minGrant);
  const max = num(d.maxGrant);
  if (min !== null && max !== null && min > max)
    ctx.addIssue({ code: "custom", path: ["maxGrant"], message: "competition.error.maxBelowMin" });
  const total = num(d.minOwnContributionBp);
  for (const part of ["minFinancialContributionBp", "minPersonalContributionBp"] as const) {
    const v = num(d[part]);
    if (total !== null && v !== null && v > total)
      ctx.addIssue({ code: "custom", path: [part], message: "competition.error.partAboveTotal" });
  }
  const years = Array.isArray(d.budgetYears) ? (d.budgetYears as ({ year?: unknown } | null)[]) : [];
  const yearNumbers = years.map((y) => num(y?.year)).filter((y): y is number => y !== null);
  yearNumbers.forEach((year, i) => {
    if (yearNumbers.indexOf(year) !== i)
      ctx.addIssue({
        code: "custom",
        path: ["budgetYears", i, "year"],
        message: "competition.error.yearTwice",
      });
  });
  if (yearNumbers.length && Math.max(...yearNumbers) - Math.min(...yearNumbers) + 1 > MAX_BUDGET_YEARS)
    ctx.addIssue({ code: "custom", path: ["budgetYears"], message: "competition.error.tooManyYears" });
  for (const [i, year] of yearNumbers.entries()) {
    if ((start && year < Number(start.slice(0, 4))) || (end && year > Number(end.slice(0, 4))))
      ctx.addIssue({
        code: "custom",
        path: ["budgetYears", i, "year"],
        message: "competition.error.yearOutsideTask",
      });
  }
  const criteria = Array.isArray(d.criteria)
    ? (d.criteria as ({ code?: unknown; maxPoints?: unknown } | null)[])
    : [];
  const codes = criteria.map((c) => str(c?.code));
  codes.forEach((code, i) => {
    if (code && codes.indexOf(code) !== i)
      ctx.addIssue({ code: "custom", path: ["criteria", i, "code"], message: "competition.error.codeTwice" });
  });
  const maxPoints = criteria.reduce((sum, c) => sum + (num(c?.maxPoints) ?? 0), 0);
  const threshold = num(d.passThreshold);
  if (threshold !== null && criteria.length > 0 && threshold > maxPoints)
    ctx.addIssue({
      code: "custom",
      path: ["passThreshold"],
      message: `competition.error.thresholdAboveMax|${JSON.stringify({ max: maxPoints })}`,
    });
}

/** Repeated field names of the draft form (pass to parseForm's `arrays`). */
export const DRAFT_FORM_ARRAYS = [
  "eligibleLegalForms",
  "budgetYear",
  "budgetAmount",
  "priorTaskYear",
  "priorTaskName",
  "priorTaskAmount",
  "criterionCode",
  "criterionLabel",
  "criterionMaxPoints",
  "attachmentLabel",
];

/** Rows of parallel repeated fields; a row whose every cell is blank is dropped. */
function rows(form: Record<string, unknown>, fields: Record<string, string>): Record<string, string>[] {
  const columns = Object.entries(fields).map(([key, name]) => {
    const raw = form[name];
    return [key, Array.isArray(raw) ? raw.map((v) => (typeof v === "string" ? v : "")) : []] as const;
  });
  const length = Math.max(0, ...columns.map(([, values]) => values.length));
  const out: Record<string, string>[] = [];
  for (let i = 0; i < length; i++) {
    const row = Object.fromEntries(columns.map(([key, values]) => [key, values[i] ?? ""]));
    if (Object.values(row).some((v) => v.trim() !== "")) out.push(row);
  }
  return out;
}

/** What the HTML form posts, in the schema's shape (rows from parallel repeated fields). */
export function decodeDraftForm(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  const criteria = rows(form, {
    code: "criterionCode",
    label: "criterionLabel",
    maxPoints: "criterionMaxPoints",
  });
  criteria.forEach((c, i) => {
    if (!c.code?.trim()) c.code = `custom-${i + 1}`;
  });
  // A row with some cells filled keeps its blank cells, which then fail as "required" beside themselves.
  return {
    ...form,
    budgetYears: rows(form, { year: "budgetYear", amount: "budgetAmount" }),
    priorTasks: rows(form, { year: "priorTaskYear", name: "priorTaskName", amount: "priorTaskAmount" }),
    criteria,
    requiredAttachments: rows(form, { label: "attachmentLabel" }),
  };
}

/** The draft schema reading an HTML form's fields. */
export const CompetitionDraftFormSchema = z.preprocess(decodeDraftForm, CompetitionDraftSchema);

/** A reason for cancelling or amending: readers of the portal learn why. */
export const ReasonSchema = z.string().trim().min(1).pipe(plainText(L.reason, L.minReason));

/** The version a form was read at (hidden field), for optimistic locking. */
export const VersionSchema = wholeNumber(1, 1_000_000_000);

/**
 * An amendment of a published announcement: why, and the new values of the parts that may change
 * after publication (the texts, the selection date and the deadline). Blank deadline: unchanged.
 */
export const AmendmentSchema = z.object({
  version: VersionSchema,
  reason: ReasonSchema,
  offerDeadline: nullable(DeadlineSchema).default(null),
  taskDescription: longText,
  awardRules: longText,
  taskConditions: longText,
  selectionProcedure: longText,
  selectionDate: nullable(DateSchema).default(null),
});
export type Amendment = z.output<typeof AmendmentSchema>;

/** Fields an amendment may change. */
export const AMENDABLE_FIELDS = [
  "offerDeadline",
  "taskDescription",
  "awardRules",
  "taskConditions",
  "selectionProcedure",
  "selectionDate",
] as const;

/** Cancelling (unieważnienie): the reason is required and shown on the portal. */
export const CancelSchema = z.object({ reason: ReasonSchema });
