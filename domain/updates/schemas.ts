import { z } from "../../platform/validation/zod-messages";

/** The forms of the update after the award, shared by the routes (app/lib/updates) and the use cases. */

const Reason = (requiredKey: string) =>
  z
    .string("form.required")
    .trim()
    .min(1, requiredKey)
    .max(2000, "updates.error.tooLong")
    .refine((v) => !/[<>]/.test(v), "org.error.plainText");

/** Withdrawing from the grant (rezygnacja): the reason is required. */
export const WithdrawFromGrantSchema = z.object({ reason: Reason("updates.error.reasonRequired") });
export type WithdrawFromGrantInput = z.input<typeof WithdrawFromGrantSchema>;

export const UPDATE_DECISIONS = ["accept", "return"] as const;
export type UpdateDecisionKind = (typeof UPDATE_DECISIONS)[number];

/** The officer's decision: accept, or return with remarks (required then). */
export const UpdateDecisionSchema = z
  .object({
    decision: z.enum(UPDATE_DECISIONS, "form.invalidChoice"),
    remarks: z
      .string()
      .trim()
      .max(2000, "updates.error.tooLong")
      .refine((v) => !/[<>]/.test(v), "org.error.plainText")
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "return" && v.remarks === "")
      ctx.addIssue({ code: "custom", path: ["remarks"], message: "updates.error.remarksRequired" });
  });
export type UpdateDecisionInput = z.input<typeof UpdateDecisionSchema>;
