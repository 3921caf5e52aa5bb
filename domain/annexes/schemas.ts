import { CHANGE_REQUEST_KIND_VALUES } from "../../platform/db/schema/contracts";
import { formatMoney } from "../../platform/format/money";
import { IbanSchema } from "../../platform/validation/identifiers";
import { z } from "../../platform/validation/zod-messages";
import { DateSchema } from "../competitions/schemas";
import type { OfferRules } from "../offers/checks";
import { parameterIssues } from "../offers/checks";
import type { OfferSections } from "../offers/sections";
import {
  CostRowSchema,
  CostsSectionSchema,
  IndicatorRowSchema,
  SourcesSchema,
  SplitRowSchema,
} from "../offers/sections";
import { plainText } from "../organizations/schemas";
import { updateRulesOf } from "../updates/rules";

/*
 * The change request (wniosek o zmianę umowy, PROCESS.md §4; the framework contract of Dz.U. 2018
 * poz. 2057 zał. 3: every change needs an annex in writing, § 18 ust. 1 of the framework) as the
 * one schema of the form, the action and the use case. The form names its fields by their paths
 * ("taskStart", "actions.0.end", "rows.2.unitCost", "sources.financial", "indicators.1.target",
 * "bankAccount", "otherChange"), so an error lands next to its field. Only the kinds ticked are
 * read; the rest of what was posted is ignored. Messages are i18n keys.
 */

export const CHANGE_KINDS = CHANGE_REQUEST_KIND_VALUES;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const LIMIT = { justification: 4000, other: 4000, maxActions: 50, maxIndicators: 30, maxRows: 200 };

/** Required plain text (no markup, no control characters: the organisations' plainText). */
const Text = (max: number, requiredKey: string) =>
  z.string("form.required").trim().min(1, requiredKey).max(max, "annexes.error.tooLong").pipe(plainText(max));

/** Rows posted as an index-keyed object ("actions.0.start") or given as an array, in index order. */
function rows<S extends z.ZodType>(row: S, max: number) {
  return z.preprocess(
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
  );
}

const RequiredDate = z.preprocess((v) => (v === undefined || v === null ? "" : v), DateSchema);
const ActionDatesSchema = z.object({ start: RequiredDate, end: RequiredDate });

/** What the organisation proposes, per kind ticked; a kind not asked for is absent. */
export interface ProposedChange {
  schedule?: { taskStart: string; taskEnd: string; actions: { start: string; end: string }[] };
  costs?: {
    rows: z.infer<typeof CostRowSchema>[];
    sources: z.infer<typeof SourcesSchema>;
    split?: z.infer<typeof SplitRowSchema>[];
  };
  results?: { indicators: z.infer<typeof IndicatorRowSchema>[] };
  bankAccount?: string;
  other?: string;
}

/** The contract's facts the request is checked against (from its current version and competition). */
export interface ChangeContext {
  /** The grant (grosze): an annex here never changes it. */
  grantAmount: number;
  /** The number of actions in the contract's schedule (III.4): the schedule keeps its rows. */
  actionCount: number;
  /** The competition's shares and caps (own contribution minimum, administrative cap). */
  rules: OfferRules;
  /** The contract's current sections: the costs are checked in their place. */
  sections: OfferSections;
}

const KindsSchema = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.enum(CHANGE_KINDS, "form.invalidChoice"))
    .min(1, "annexes.error.kindsRequired")
    .transform((kinds) => CHANGE_KINDS.filter((k) => kinds.includes(k))),
);

const BaseSchema = z.object({
  kinds: KindsSchema,
  justification: Text(LIMIT.justification, "annexes.error.justificationRequired"),
  taskStart: z.unknown().optional(),
  taskEnd: z.unknown().optional(),
  actions: z.unknown().optional(),
  rows: z.unknown().optional(),
  sources: z.unknown().optional(),
  split: z.unknown().optional(),
  indicators: z.unknown().optional(),
  bankAccount: z.unknown().optional(),
  otherChange: z.unknown().optional(),
});

const ScheduleSchema = z.object({
  taskStart: RequiredDate,
  taskEnd: RequiredDate,
  actions: rows(ActionDatesSchema, LIMIT.maxActions),
});
const CostsSchema = z.object({
  rows: rows(CostRowSchema, LIMIT.maxRows).refine((r) => r.length > 0, "annexes.error.rowsRequired"),
  sources: SourcesSchema.default({ grant: 0, financial: 0, fees: 0, personal: 0, inKind: 0 }),
  /** V.C of a joint offer: the total cost split among the offerors (absent: the split stays). */
  split: rows(SplitRowSchema, 21).optional(),
});
const ResultsSchema = z.object({
  indicators: rows(IndicatorRowSchema, LIMIT.maxIndicators).refine(
    (r) => r.length > 0,
    "annexes.error.indicatorsRequired",
  ),
});

type Ctx = z.RefinementCtx;

/** Parses one kind's part, copying its issues (with their paths) onto the whole request. */
function part<S extends z.ZodType>(schema: S, input: unknown, ctx: Ctx): z.infer<S> | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    ctx.addIssue({ code: "custom", path: issue.path as (string | number)[], message: issue.message });
  return null;
}

function checkSchedule(
  s: NonNullable<ProposedChange["schedule"]>,
  context: ChangeContext | undefined,
  ctx: Ctx,
) {
  if (s.taskStart > s.taskEnd)
    ctx.addIssue({ code: "custom", path: ["taskEnd"], message: "annexes.error.endBeforeStart" });
  if (context && s.actions.length !== context.actionCount)
    ctx.addIssue({ code: "custom", path: ["actions"], message: "annexes.error.actionsKept" });
  s.actions.forEach((a, i) => {
    if (a.start > a.end)
      ctx.addIssue({ code: "custom", path: ["actions", i, "end"], message: "annexes.error.endBeforeStart" });
    else if (a.start < s.taskStart || a.end > s.taskEnd)
      ctx.addIssue({
        code: "custom",
        path: ["actions", i, "start"],
        message: "annexes.error.actionOutsideTask",
      });
  });
}

function checkCosts(c: NonNullable<ProposedChange["costs"]>, context: ChangeContext | undefined, ctx: Ctx) {
  c.rows.forEach((r, i) => {
    for (const field of ["name", "unitCost", "units"] as const)
      if (r[field] === null || r[field] === "")
        ctx.addIssue({ code: "custom", path: ["rows", i, field], message: "form.required" });
  });
  if (!context) return;
  if (c.sources.grant !== context.grantAmount)
    ctx.addIssue({
      code: "custom",
      path: ["sources", "grant"],
      message: `annexes.error.grantFixed|${JSON.stringify({ grant: formatMoney(context.grantAmount) })}`,
    });
  const current = context.sections.costs;
  const sections: OfferSections = {
    ...context.sections,
    costs: CostsSectionSchema.parse({
      ...current,
      rows: c.rows,
      sources: c.sources,
      split: c.split ?? current.split,
    }),
  };
  // The own-contribution minimum and the administrative cap of the competition still hold
  // (UDPP art. 16 with the announcement's terms); the grant bounds give way to the grant awarded;
  // a joint offer's split (V.C) still adds up to the total among the same offerors.
  const issues = parameterIssues(sections, updateRulesOf(context.rules), {
    offerorIds: current.split.length > 1 ? current.split.map((r) => r.organizationId) : [],
    attachedRequirements: [],
  }).filter((i) => i.section === "costs");
  for (const issue of issues)
    ctx.addIssue({ code: "custom", path: issue.field.split("."), message: issue.message });
}

/**
 * The change request's schema; with the contract's context it also checks what holds the contract
 * together: the grant stays, the schedule keeps its actions, the competition's shares still hold.
 */
export function changeRequestSchema(context?: ChangeContext) {
  return BaseSchema.transform((input, ctx) => {
    const proposed: ProposedChange = {};
    const kinds = input.kinds;
    if (kinds.includes("schedule")) {
      const s = part(ScheduleSchema, input, ctx);
      if (s) {
        checkSchedule(s, context, ctx);
        proposed.schedule = s;
      }
    }
    if (kinds.includes("costs")) {
      const c = part(CostsSchema, input, ctx);
      if (c) {
        checkCosts(c, context, ctx);
        proposed.costs = c;
      }
    }
    if (kinds.includes("results")) {
      const r = part(ResultsSchema, input, ctx);
      if (r) {
        r.indicators.forEach((row, i) => {
          if (!row.name)
            ctx.addIssue({ code: "custom", path: ["indicators", i, "name"], message: "form.required" });
          if (!row.target)
            ctx.addIssue({ code: "custom", path: ["indicators", i, "target"], message: "form.required" });
        });
        proposed.results = r;
      }
    }
    if (kinds.includes("bank_account")) {
      const iban = part(z.object({ bankAccount: IbanSchema }), { bankAccount: input.bankAccount ?? "" }, ctx);
      if (iban) proposed.bankAccount = iban.bankAccount;
    }
    if (kinds.includes("other")) {
      const other = part(
        z.object({ otherChange: Text(LIMIT.other, "annexes.error.otherRequired") }),
        { otherChange: input.otherChange ?? "" },
        ctx,
      );
      if (other) proposed.other = other.otherChange;
    }
    return { kinds, justification: input.justification, proposed };
  });
}

export type ChangeRequestInput = z.input<ReturnType<typeof changeRequestSchema>>;
export type ChangeRequestData = z.output<ReturnType<typeof changeRequestSchema>>;

export const CHANGE_DECISIONS = ["approve", "reject"] as const;

/** The officer's decision: approve (the annex is drawn up), or reject with remarks (required then). */
export const ChangeDecisionSchema = z
  .object({
    decision: z.enum(CHANGE_DECISIONS, "form.invalidChoice"),
    remarks: z
      .string()
      .trim()
      .max(LIMIT.justification, "annexes.error.tooLong")
      .refine((v) => !/[<>]/.test(v), "org.error.plainText")
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && v.remarks === "")
      ctx.addIssue({ code: "custom", path: ["remarks"], message: "annexes.error.remarksRequired" });
  });
export type ChangeDecisionInput = z.input<typeof ChangeDecisionSchema>;
