import { warsawLocalToInstant } from "../../platform/format/dates";
import { z } from "../../platform/validation/zod-messages";
import { optional, plainText } from "../organizations/schemas";

/** The committee's forms: one schema each for the page's form, the action and the use case. Messages are i18n keys. */

export const COMMITTEE_LIMITS = {
  name: 200,
  email: 254,
  statement: 2_000,
  reason: 2_000,
  justification: 1_000,
  dissent: 5_000,
} as const;

const L = COMMITTEE_LIMITS;
const email = z.string().trim().toLowerCase().min(1).max(L.email).pipe(z.email());
const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, "form.invalid");

export const MEMBER_KINDS = ["staff", "ngo", "expert"] as const;

export const AddMemberSchema = z.object({
  email,
  kind: z.enum(MEMBER_KINDS),
  chair: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
});
export type AddMemberInput = z.infer<typeof AddMemberSchema>;

export const ExcludeMemberSchema = z.object({
  memberId: uuid,
  offerId: uuid,
  reason: plainText(L.reason),
});

export const SettingsSchema = z.object({
  hideScoresUntilComplete: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});

export const WithoutNgoSchema = z.object({ withoutNgoReason: plainText(L.reason) });

/** "2026-12-20 15:00" or "2026-12-20T15:00" in Warsaw time, as an instant. */
const warsawTime = z
  .string()
  .trim()
  .min(1)
  .transform((raw, ctx) => {
    const at = warsawLocalToInstant(raw.replace("T", " "));
    if (!at) {
      ctx.addIssue({ code: "custom", message: "committee.error.deadline" });
      return z.NEVER;
    }
    return at;
  });

export const NominationCallSchema = z.object({ nominationDeadline: warsawTime });

export const NominateSchema = z.object({
  competitionId: uuid,
  organizationId: z.string().trim().min(1, "committee.error.chooseOrganization"),
  candidateName: plainText(L.name),
  candidateEmail: email,
  statement: z.union([z.literal(""), plainText(L.statement)]).default(""),
});
export type NominateInput = z.infer<typeof NominateSchema>;

export const NominationDecisionSchema = z.object({
  nominationId: uuid,
  decision: z.enum(["accept", "reject"]),
  decisionNote: optional(plainText(L.reason)),
});

export const DeclarationSchema = z.object({
  confirm: z.literal("on", { message: "committee.error.confirmDeclaration" }),
  conflictOfferIds: z.array(uuid).default([]),
  conflictReason: optional(plainText(L.reason)),
});

export const DissentSchema = z.object({
  dissent: z.union([z.literal(""), plainText(L.dissent)]).default(""),
});
