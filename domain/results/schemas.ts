import { z } from "../../platform/validation/zod-messages";
import { MoneySchema } from "../competitions/schemas";
import { EmailSchema } from "../identity/schemas";
import { newsText } from "../news/schemas";
import { RESULTS_LIMITS as L, RESULT_GROUPS } from "./rules";

/** The forms of the results: a correction, a request for reasons and its answer. */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "results.error.date");

/** A correction of one published result by an amending decision (numbered and dated). */
export const ResultCorrectionSchema = z
  .object({
    offerId: z.uuid(),
    status: z.enum(RESULT_GROUPS),
    awardedAmount: MoneySchema,
    number: newsText(L.decisionNumber),
    decisionDate: IsoDate,
    reason: newsText(L.reason),
  })
  .superRefine((v, ctx) => {
    if (v.status === "funded" && v.awardedAmount <= 0)
      ctx.addIssue({ code: "custom", path: ["awardedAmount"], message: "results.error.fundedNeedsAmount" });
    if (v.status !== "funded" && v.awardedAmount !== 0)
      ctx.addIssue({ code: "custom", path: ["awardedAmount"], message: "results.error.unfundedNoAmount" });
  });
export type ResultCorrectionInput = z.input<typeof ResultCorrectionSchema>;

/** A request for the reasons of a result, as anyone may send it. */
export const ReasonRequestSchema = z.object({
  name: newsText(L.name),
  email: EmailSchema,
  question: newsText(L.question),
});

/** The officer's answer to a request for reasons. */
export const ReasonAnswerSchema = z.object({
  requestId: z.uuid(),
  answer: newsText(L.answer),
});
