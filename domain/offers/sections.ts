import { z } from "../../platform/validation/zod-messages";
import { DateSchema, MoneySchema } from "../competitions/schemas";
import { plainText } from "../organizations/schemas";
import { OFFER_LIMITS as L } from "./rules";

/*
 * The offer's sections (Dz.U. 2018 poz. 2057, załącznik nr 1) as the one schema shared by the
 * form, the action, the use cases, the PDF and the tests. Section I (authority and task type) is
 * taken from the competition and the offerors' data in II.1 from their organisations' profiles,
 * so neither is typed. A draft may be incomplete: these schemas check the shape of what is typed
 * (money, dates, lengths, no markup); completeness is checked at submission (completeness.ts).
 * Money is grosze; a number of units is kept in hundredths (12,5 → 1250). Messages are i18n keys.
 */

export const SECTION_KEYS = ["offerors", "task", "profile", "costs", "other", "declarations"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The template's numeral of each section, for headings and the error summary. */
export const SECTION_NUMERALS: Record<SectionKey, string> = {
  offerors: "II",
  task: "III",
  profile: "IV",
  costs: "V",
  other: "VI",
  declarations: "VII",
};

export function isSectionKey(value: unknown): value is SectionKey {
  return typeof value === "string" && (SECTION_KEYS as readonly string[]).includes(value);
}

function blankTo<T>(fallback: T) {
  return (v: unknown) =>
    v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? fallback : v;
}

/** Text a draft may leave empty; no markup or control characters. */
function text(max: number) {
  return z.preprocess(blankTo(""), z.union([z.literal(""), plainText(max)])).default("");
}

/** A date a draft may leave empty (null). */
const OptionalDate = z.preprocess(blankTo(null), DateSchema.nullable()).default(null);

/** Money a draft may leave empty (null); never negative, at most 100 million zł. */
const OptionalMoney = z
  .preprocess(blankTo(null), MoneySchema.nullable())
  .refine((v) => v === null || v <= L.maxAmount, "offer.error.amountTooLarge")
  .default(null);

/** Money where blank means 0 (the sources of V.B). */
const AmountOrZero = z
  .preprocess(blankTo(0), MoneySchema)
  .refine((v) => v <= L.maxAmount, "offer.error.amountTooLarge")
  .default(0);

/**
 * A number of units typed as "12", "12,5" or "0.25" kept in hundredths; blank is null. A number
 * is already hundredths (the stored form, like MoneySchema's grosze), so parsing stored content
 * again gives the same value.
 */
export const UnitsSchema = z
  .preprocess(blankTo(null), z.union([z.string(), z.number()]).nullable())
  .transform((raw, ctx) => {
    if (raw === null) return null;
    const m =
      typeof raw === "number" ? null : /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(raw.replace(/[\s\u00a0]/g, ""));
    const hundredths =
      typeof raw === "number"
        ? raw
        : m
          ? Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0"))
          : Number.NaN;
    if (!Number.isSafeInteger(hundredths) || hundredths < 0 || hundredths > L.maxUnits * 100) {
      ctx.addIssue({ code: "custom", message: "offer.error.units" });
      return z.NEVER;
    }
    return hundredths;
  })
  .default(null);

/** A whole number (year, action number) typed or given; blank is null. */
function optionalWhole(min: number, max: number) {
  return z
    .preprocess(
      (v) => (typeof v === "number" ? String(v) : blankTo(null)(v)),
      z
        .string()
        .trim()
        .regex(/^\d{1,6}$/, "competition.error.wholeNumber")
        .transform(Number)
        .pipe(z.number().min(min, "offer.error.outOfRange").max(max, "offer.error.outOfRange"))
        .nullable(),
    )
    .default(null);
}

/** A checkbox: "on"/"true"/true when ticked, anything else (absent) false. */
const Checkbox = z
  .preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean())
  .default(false);

/** Arrays come from the form as an object keyed by index ("rows.0.name"); keep them in index order. */
function list<S extends z.ZodType>(row: S, max: number) {
  return z
    .preprocess(
      (v) => {
        if (v === undefined || v === null || v === "") return [];
        if (Array.isArray(v)) return v;
        if (typeof v === "object")
          return Object.entries(v as Record<string, unknown>)
            .filter(([k]) => /^\d{1,4}$/.test(k))
            .sort(([a], [b]) => Number(a) - Number(b))
            .map(([, value]) => value);
        return v;
      },
      z.array(row).max(max, "offer.error.tooManyRows"),
    )
    .default([]);
}

/** II.2 (and II.1's correspondence address): the person authorised to give explanations. */
export const OfferorsSectionSchema = z.object({
  contactName: text(L.shortText),
  contactFunction: text(L.shortText),
  contactPhone: text(40),
  contactEmail: z
    .preprocess(blankTo(""), z.union([z.literal(""), z.email("form.invalidEmail").max(254)]))
    .default(""),
  /** Only when it differs from the seat. */
  correspondenceAddress: text(L.mediumText),
});

export const ActionRowSchema = z.object({
  name: text(L.shortText),
  description: text(L.mediumText),
  targetGroup: text(L.shortText),
  start: OptionalDate,
  end: OptionalDate,
  /** "Zakres działania realizowany przez podmiot niebędący stroną umowy". */
  thirdParty: Checkbox,
});

export const IndicatorRowSchema = z.object({
  name: text(L.shortText),
  target: text(L.shortText),
  monitoring: text(L.mediumText),
});

/** III: the task. */
export const TaskSectionSchema = z.object({
  title: text(L.shortText),
  startDate: OptionalDate,
  endDate: OptionalDate,
  place: text(L.mediumText),
  targetGroup: text(L.mediumText),
  summary: text(L.longText),
  actions: list(ActionRowSchema, L.maxActions),
  resultsProduced: text(L.longText),
  resultsChange: text(L.longText),
  resultsDurability: text(L.longText),
  indicators: list(IndicatorRowSchema, L.maxIndicators),
});

/** IV: the offeror's experience and resources. */
export const ProfileSectionSchema = z.object({
  experience: text(L.longText),
  resources: text(L.longText),
});

/** A row of V.A: `action` is the number of the action in III.4 (1-based), or null for part II (administrative costs). */
export const CostRowSchema = z.object({
  action: optionalWhole(1, L.maxActions),
  name: text(L.shortText),
  unit: text(60),
  unitCost: OptionalMoney,
  units: UnitsSchema,
  year: optionalWhole(2000, 2100),
});

/** V.B: the sources, typed as amounts; totals and shares are computed (calculations.ts). */
export const SourcesSchema = z.object({
  grant: AmountOrZero,
  financial: AmountOrZero,
  /** Fees from the task's beneficiaries: part of the financial contribution ("w tym"). */
  fees: AmountOrZero,
  personal: AmountOrZero,
  inKind: AmountOrZero,
});

/** V.C: a joint offer's split of the total cost among offerors. */
export const SplitRowSchema = z.object({
  organizationId: z.uuid("form.invalidChoice"),
  amount: AmountOrZero,
});

/** V: the cost calculation. */
export const CostsSectionSchema = z.object({
  rows: list(CostRowSchema, L.maxCostRows),
  sources: SourcesSchema.default({ grant: 0, financial: 0, fees: 0, personal: 0, inKind: 0 }),
  split: list(SplitRowSchema, L.maxPartners + 1),
});

/** VI: other information. */
export const OtherSectionSchema = z.object({
  feesCharged: Checkbox,
  feesDescription: text(L.mediumText),
  partnersRoles: text(L.longText),
  accessibility: text(L.longText),
  otherInfo: text(L.longText),
});

/** VII: the declarations every offeror makes; all must be ticked to submit. */
export const DECLARATION_KEYS = [
  "statutoryActivity",
  "feesWithinPaidActivity",
  "noArrears",
  "registerConsistent",
  "truthful",
  "dataConsent",
] as const;
export type DeclarationKey = (typeof DECLARATION_KEYS)[number];

export const DeclarationsSectionSchema = z.object(
  Object.fromEntries(DECLARATION_KEYS.map((k) => [k, Checkbox])) as Record<DeclarationKey, typeof Checkbox>,
);

export const SECTION_SCHEMAS = {
  offerors: OfferorsSectionSchema,
  task: TaskSectionSchema,
  profile: ProfileSectionSchema,
  costs: CostsSectionSchema,
  other: OtherSectionSchema,
  declarations: DeclarationsSectionSchema,
} as const;

export type OfferorsSection = z.infer<typeof OfferorsSectionSchema>;
export type TaskSection = z.infer<typeof TaskSectionSchema>;
export type ProfileSection = z.infer<typeof ProfileSectionSchema>;
export type CostsSection = z.infer<typeof CostsSectionSchema>;
export type CostRow = z.infer<typeof CostRowSchema>;
export type Sources = z.infer<typeof SourcesSchema>;
export type OtherSection = z.infer<typeof OtherSectionSchema>;
export type DeclarationsSection = z.infer<typeof DeclarationsSectionSchema>;

export interface OfferSections {
  offerors: OfferorsSection;
  task: TaskSection;
  profile: ProfileSection;
  costs: CostsSection;
  other: OtherSection;
  declarations: DeclarationsSection;
}

/** The empty content of every section (a new draft, or a stored section that fails to parse). */
export function emptySections(): OfferSections {
  return {
    offerors: OfferorsSectionSchema.parse({}),
    task: TaskSectionSchema.parse({}),
    profile: ProfileSectionSchema.parse({}),
    costs: CostsSectionSchema.parse({}),
    other: OtherSectionSchema.parse({}),
    declarations: DeclarationsSectionSchema.parse({}),
  };
}

/** Parses one section's stored or typed content; returns the parsed value or the Zod error. */
export function parseSection<K extends SectionKey>(section: K, input: unknown) {
  return (SECTION_SCHEMAS[section] as unknown as z.ZodType<OfferSections[K]>).safeParse(input);
}
