import {
  IbanSchema,
  KrsSchema,
  NipSchema,
  PostalCodeSchema,
  RegonSchema,
} from "../../platform/validation/identifiers";
import { z } from "../../platform/validation/zod-messages";
import { AREA_CODES, type AreaCode, isAreaCode } from "./areas";
import { LEGAL_FORM_CODES } from "./legal-forms";

/** Length limits of the profile's fields (oversize input is refused next to the field). */
export const ORG_LIMITS = {
  name: 300,
  otherRegister: 200,
  street: 200,
  city: 100,
  district: 100,
  email: 254,
  phone: 40,
  website: 300,
  description: 5000,
  representativeName: 200,
  representativeFunction: 120,
  representatives: 20,
  rejectionReason: 2000,
  joinMessage: 1000,
} as const;

/** Minimum length of a rejection reason, so the organisation learns what to fix. */
export const MIN_REJECTION_REASON_LENGTH = 10;

/** Fields an organisation may keep internal (PROCESS.md §2 "public/private flag per field"). */
export const HIDEABLE_FIELDS = ["email", "phone", "representatives", "iban"] as const;
export type HideableField = (typeof HIDEABLE_FIELDS)[number];

function isHideableField(value: string): value is HideableField {
  return (HIDEABLE_FIELDS as readonly string[]).includes(value);
}

export const MEMBER_ROLES = ["owner", "editor", "viewer"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Markup (a tag opening) or control characters: refused in every text field. */
const MARKUP = /<\s*[a-z!/?]/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A trimmed text field up to `max` characters, without markup or control characters. */
export function plainText(max: number, min = 1) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((v) => !MARKUP.test(v) && !CONTROL.test(v), "org.error.plainText");
}

/** An optional form field: blank input becomes undefined. */
export function optional<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());
}

const WebsiteSchema = z
  .string()
  .trim()
  .max(ORG_LIMITS.website)
  .transform((raw, ctx) => {
    const withScheme = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
    try {
      const url = new URL(withScheme);
      if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes("."))
        return url.href;
    } catch {}
    ctx.addIssue({ code: "custom", message: "org.error.website" });
    return z.NEVER;
  });

const PhoneSchema = z
  .string()
  .trim()
  .max(ORG_LIMITS.phone)
  .regex(/^\+?[\d\s()-]{6,}$/, "org.error.phone");

export const EmailSchema = z.string().trim().max(ORG_LIMITS.email).pipe(z.email());

/** A row of the representatives' fieldset: both parts or neither (an empty row is dropped). */
const RepresentativeRowSchema = z
  .object({
    name: z.string().default(""),
    function: z.string().default(""),
  })
  .transform((row) => ({ name: row.name.trim(), function: row.function.trim() }))
  .pipe(
    z
      .object({
        name: z.union([z.literal(""), plainText(ORG_LIMITS.representativeName)]),
        function: z.union([z.literal(""), plainText(ORG_LIMITS.representativeFunction)]),
      })
      .superRefine((row, ctx) => {
        if (row.name && !row.function)
          ctx.addIssue({ code: "custom", path: ["function"], message: "form.required" });
        if (row.function && !row.name)
          ctx.addIssue({ code: "custom", path: ["name"], message: "form.required" });
      }),
  );

const AreasSchema = z
  .array(z.string().max(64))
  .max(AREA_CODES.length)
  .transform((codes, ctx) => {
    const unique = [...new Set(codes)];
    if (!unique.every(isAreaCode)) {
      ctx.addIssue({ code: "custom", message: "form.invalidChoice" });
      return z.NEVER;
    }
    // Kept in the act's order, so the same choice is always stored (and audited) the same way.
    return (unique as AreaCode[]).sort((a, b) => AREA_CODES.indexOf(a) - AREA_CODES.indexOf(b));
  })
  .refine((codes) => codes.length > 0, "form.chooseAtLeastOne");

/** The organisation's profile: one schema for the registration form, the edit form, the action and the API. */
export const OrganizationProfileSchema = z
  .object({
    name: plainText(ORG_LIMITS.name, 3),
    legalForm: z.enum(LEGAL_FORM_CODES),
    krs: optional(KrsSchema),
    otherRegister: optional(plainText(ORG_LIMITS.otherRegister)),
    nip: NipSchema,
    regon: optional(RegonSchema),
    street: plainText(ORG_LIMITS.street),
    postalCode: PostalCodeSchema,
    city: plainText(ORG_LIMITS.city),
    district: optional(plainText(ORG_LIMITS.district)),
    email: EmailSchema,
    phone: optional(PhoneSchema),
    website: optional(WebsiteSchema),
    iban: optional(IbanSchema),
    areas: AreasSchema,
    opp: z.boolean().default(false),
    representatives: z
      .array(RepresentativeRowSchema)
      .max(ORG_LIMITS.representatives)
      .transform((rows) => rows.filter((r) => r.name !== "" && r.function !== "")),
    description: z.union([z.literal(""), plainText(ORG_LIMITS.description)]).default(""),
    hiddenFields: z
      .array(z.string().max(64))
      .max(HIDEABLE_FIELDS.length)
      .refine((fields) => fields.every(isHideableField), "form.invalidChoice")
      .transform((fields) => [...new Set(fields)] as HideableField[])
      .default([]),
  })
  // Both rules also run when other fields failed, so every error shows at once (`when`).
  // `profile?.`: with `when` the rule also sees input that is no object at all.
  .refine((profile) => Boolean(profile?.krs || profile?.otherRegister), {
    path: ["krs"],
    message: "org.error.registerRequired",
    when: () => true,
  })
  .refine((profile) => Array.isArray(profile.representatives) && profile.representatives.length > 0, {
    path: ["representatives"],
    message: "org.error.representativeRequired",
    when: (payload) =>
      Array.isArray((payload.value as { representatives?: unknown } | null)?.representatives),
  });

export type OrganizationProfile = z.output<typeof OrganizationProfileSchema>;
export type OrganizationProfileInput = z.input<typeof OrganizationProfileSchema>;

/** Repeated field names of the profile form (pass to parseForm's `arrays`). */
export const PROFILE_FORM_ARRAYS = ["areas", "representativeName", "representativeFunction", "hiddenFields"];

/** What the HTML form posts, turned into the profile's shape (checkbox "on", paired rows). */
function decodeProfileForm(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const form = raw as Record<string, unknown>;
  const names = Array.isArray(form.representativeName) ? (form.representativeName as unknown[]) : [];
  const functions = Array.isArray(form.representativeFunction)
    ? (form.representativeFunction as unknown[])
    : [];
  const rows = Array.from({ length: Math.max(names.length, functions.length) }, (_, i) => ({
    name: typeof names[i] === "string" ? names[i] : "",
    function: typeof functions[i] === "string" ? functions[i] : "",
  }));
  return { ...form, opp: form.opp === "on" || form.opp === "true", representatives: rows };
}

/** The profile schema reading an HTML form's fields (works in the browser and in the action). */
export const OrganizationProfileFormSchema = z.preprocess(decodeProfileForm, OrganizationProfileSchema);

/** A profile (or prefill) as the form's values, the same shape parseForm gives back after a refusal. */
export function profileToFormValues(profile: Partial<OrganizationProfile>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(profile)) {
    if (value === undefined || value === null) continue;
    if (key === "representatives" || key === "opp") continue;
    values[key] = Array.isArray(value) ? value.join("\n") : String(value);
  }
  if (profile.opp) values.opp = "on";
  if (profile.representatives) {
    values.representativeName = profile.representatives.map((r) => r.name).join("\n");
    values.representativeFunction = profile.representatives.map((r) => r.function).join("\n");
  }
  return values;
}

export const InviteMemberSchema = z.object({
  email: EmailSchema,
  role: z.enum(MEMBER_ROLES),
});

export const ChangeMemberRoleSchema = z.object({
  userId: z.uuid(),
  role: z.enum(MEMBER_ROLES),
});

export const RejectOrganizationSchema = z.object({
  reason: plainText(ORG_LIMITS.rejectionReason, MIN_REJECTION_REASON_LENGTH),
});

export const JoinRequestSchema = z.object({
  organizationId: z.uuid(),
  message: z.union([z.literal(""), plainText(ORG_LIMITS.joinMessage)]).default(""),
});

export const DecideJoinRequestSchema = z.object({
  requestId: z.uuid(),
  decision: z.enum(["accept", "reject"]),
  role: z.enum(MEMBER_ROLES).default("viewer"),
});
