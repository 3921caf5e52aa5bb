import { z } from "../../platform/validation/zod-messages";
import { DateSchema, MoneySchema } from "../competitions/schemas";

/** The office's settlement forms, shared by the route (app/lib/settlement) and the use cases. */

const RequiredDate = z.string("form.required").trim().min(1, "form.required").pipe(DateSchema);
const LineKey = z
  .string("form.invalidChoice")
  .trim()
  .min(1, "form.invalidChoice")
  .max(20, "form.invalidChoice");

/** A line's cost found ineligible: the amount (at most the line's actual cost) and why. */
export const MarkIneligibleSchema = z.object({
  lineKey: LineKey,
  amount: MoneySchema.refine((v) => v > 0, "settlement.error.amountPositive"),
  reason: z
    .string("form.required")
    .trim()
    .min(1, "settlement.error.reasonRequired")
    .max(2000, "settlement.error.tooLong")
    .refine((v) => !/[<>]/.test(v), "org.error.plainText"),
});
export type MarkIneligibleInput = z.input<typeof MarkIneligibleSchema>;

export const RemoveIneligibleSchema = z.object({ lineKey: LineKey });
export type RemoveIneligibleInput = z.input<typeof RemoveIneligibleSchema>;

/** Bank interest earned on the grant and not spent on the task (the report's value by default). */
export const BankInterestSchema = z.object({ bankInterest: MoneySchema });
export type BankInterestInput = z.input<typeof BankInterestSchema>;

/** A return paid into the authority's account: principal or interest, the amount and the day. */
export const RecordReturnSchema = z.object({
  kind: z.enum(["principal", "interest"], "form.invalidChoice"),
  amount: MoneySchema.refine((v) => v > 0, "settlement.error.amountPositive"),
  paidOn: RequiredDate,
  note: z
    .string()
    .trim()
    .max(500, "settlement.error.tooLong")
    .refine((v) => !/[<>]/.test(v), "org.error.plainText")
    .default(""),
});
export type RecordReturnInput = z.input<typeof RecordReturnSchema>;
