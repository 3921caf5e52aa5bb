import { z } from "../../platform/validation/zod-messages";
import { DateSchema, MoneySchema } from "../competitions/schemas";
import type { ContractStatus } from "./states";

/**
 * The forms of the contract's life after it is drawn up (send, recall, sign, terminate, record an
 * instalment's payment) and the office list's query, shared by the routes (app/lib/contracts) and
 * the use cases.
 */

const Reason = (requiredKey: string) =>
  z
    .string("form.required")
    .trim()
    .min(1, requiredKey)
    .max(2000, "contracts.error.tooLong")
    .refine((v) => !/[<>]/.test(v), "org.error.plainText");

/** Taking a sent contract back to draft: the reason is required (the organisation is told). */
export const RecallContractSchema = z.object({ reason: Reason("contracts.error.reasonRequired") });
export type RecallContractInput = z.input<typeof RecallContractSchema>;

/** Terminating a contract (art. 17 UDPP control, withdrawal, termination): the reason is required. */
export const TerminateContractSchema = z.object({ reason: Reason("contracts.error.reasonRequired") });
export type TerminateContractInput = z.input<typeof TerminateContractSchema>;

const RequiredDate = z.string("form.required").trim().min(1, "form.required").pipe(DateSchema);

/** The day both parties signed (the later signature); the file is checked by the use case. */
export const SignContractSchema = z.object({ signedOn: RequiredDate });
export type SignContractInput = z.input<typeof SignContractSchema>;

/** One instalment's payment: its position in the ledger, the day paid and the amount (złoty typed). */
export const RecordPaymentSchema = z.object({
  position: z.coerce.number("form.required").int("form.invalidChoice").min(1, "form.invalidChoice"),
  paidOn: RequiredDate,
  paidAmount: MoneySchema.refine((v) => v > 0, "contracts.error.amountPositive"),
});
export type RecordPaymentInput = z.input<typeof RecordPaymentSchema>;

export const CONTRACT_LIST_STATUSES = [
  "draft",
  "sent",
  "signed",
  "in_progress",
  "settled",
  "terminated",
] as const satisfies readonly ContractStatus[];

/** How many contracts one page of the office's list shows. */
export const CONTRACTS_PER_PAGE = 25;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The office list's query (?status=…&konkurs=…&q=…&strona=…); anything malformed is ignored. */
export const ContractListQuerySchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(CONTRACT_LIST_STATUSES).optional()).catch(undefined),
  competitionId: z.preprocess(blankToUndefined, z.uuid().optional()).catch(undefined),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ContractListQuery = z.input<typeof ContractListQuerySchema>;
