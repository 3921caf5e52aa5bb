import { z } from "../../platform/validation/zod-messages";
import { SECTION_KEYS } from "../offers/sections";

/*
 * The officer's decision on the formal check of one offer: the marks of each item, the outcome and
 * what goes with it. Shared by the form (app/lib/evaluation) and the use case.
 */

export const MARK_RESULTS = ["pass", "fail", "na"] as const;

const Note = z
  .string()
  .trim()
  .max(2000, "evaluation.error.tooLong")
  .refine((v) => !/[<>]/.test(v), "org.error.plainText")
  .default("");

export const MarkSchema = z.object({
  result: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(MARK_RESULTS).nullable()),
  note: Note,
});

export const DECISION_OUTCOMES = ["save", "passed", "correction", "rejected"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const FormalDecisionSchema = z.object({
  /** The formal check's version the form was read at (0: none yet). */
  expectedVersion: z.coerce.number().int().min(0),
  marks: z.record(z.string(), MarkSchema).default({}),
  outcome: z.enum(DECISION_OUTCOMES, "form.invalidChoice"),
  reason: Note,
  correctionSections: z.array(z.enum(SECTION_KEYS, "form.invalidChoice")).default([]),
  correctionMessage: Note,
});
export type FormalDecisionInput = z.input<typeof FormalDecisionSchema>;
export type FormalDecision = z.output<typeof FormalDecisionSchema>;
