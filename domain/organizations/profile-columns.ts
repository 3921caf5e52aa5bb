import { and, eq, ne, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError, type FieldErrors } from "../../platform/errors/app-error";
import { type OrganizationRow, validationError } from "./access";
import { isAreaCode } from "./areas";
import { isLegalFormCode } from "./legal-forms";
import {
  HIDEABLE_FIELDS,
  type HideableField,
  type OrganizationProfile,
  OrganizationProfileSchema,
} from "./schemas";

/** The profile's fields as columns of organizations (absent optional values stored as null). */
export function profileToColumns(p: OrganizationProfile) {
  return {
    name: p.name,
    legalForm: p.legalForm,
    krs: p.krs ?? null,
    otherRegister: p.otherRegister ?? null,
    nip: p.nip,
    regon: p.regon ?? null,
    street: p.street,
    postalCode: p.postalCode,
    city: p.city,
    district: p.district ?? null,
    email: p.email,
    phone: p.phone ?? null,
    website: p.website ?? null,
    iban: p.iban ?? null,
    areas: p.areas,
    opp: p.opp,
    representatives: p.representatives,
    description: p.description,
    hiddenFields: p.hiddenFields,
  };
}

export type ProfileColumns = ReturnType<typeof profileToColumns>;
const PROFILE_COLUMNS = Object.keys(profileToColumns({} as OrganizationProfile)) as (keyof ProfileColumns)[];

/** A stored organisation as profile values (for the edit form); unknown stored codes are dropped. */
export function rowToProfile(row: OrganizationRow): Partial<OrganizationProfile> {
  const orUndefined = (v: string | null) => v ?? undefined;
  return {
    name: row.name,
    legalForm: isLegalFormCode(row.legalForm) ? row.legalForm : undefined,
    krs: orUndefined(row.krs),
    otherRegister: orUndefined(row.otherRegister),
    nip: orUndefined(row.nip),
    regon: orUndefined(row.regon),
    street: row.street,
    postalCode: row.postalCode,
    city: row.city,
    district: orUndefined(row.district),
    email: row.email,
    phone: orUndefined(row.phone),
    website: orUndefined(row.website),
    iban: orUndefined(row.iban),
    areas: row.areas.filter(isAreaCode),
    opp: row.opp,
    representatives: row.representatives,
    description: row.description,
    hiddenFields: row.hiddenFields.filter((f): f is HideableField =>
      (HIDEABLE_FIELDS as readonly string[]).includes(f),
    ),
  };
}

/** The fields that differ, as { before, after } holding only those fields (for the audit log). */
export function diffColumns(before: OrganizationRow, after: ProfileColumns) {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of PROFILE_COLUMNS) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key];
      changedAfter[key] = after[key];
    }
  }
  return { before: changedBefore, after: changedAfter, changed: Object.keys(changedAfter) };
}

/** Validates again inside the use case: an API or a script may call it without the form. */
export function parseProfile(input: unknown): OrganizationProfile {
  const parsed = OrganizationProfileSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw validationError(parsed.error.issues);
}

/**
 * Refuses a second organisation with the same KRS or NIP in the tenant, naming the existing one
 * so the page can offer to ask to join it.
 */
export async function assertNoDuplicate(
  db: DbOrTx,
  tenantId: string,
  identifiers: { krs?: string | null; nip?: string | null },
  exceptId?: string,
): Promise<void> {
  const matches: SQL[] = [];
  if (identifiers.krs) matches.push(eq(organizations.krs, identifiers.krs));
  if (identifiers.nip) matches.push(eq(organizations.nip, identifiers.nip));
  if (matches.length === 0) return;
  const [existing] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      krs: organizations.krs,
      nip: organizations.nip,
    })
    .from(organizations)
    .where(
      and(
        eq(organizations.tenantId, tenantId),
        or(...matches),
        exceptId ? ne(organizations.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (!existing) return;
  throw duplicateError(existing, identifiers);
}

export function duplicateError(
  existing: { id: string; name: string; krs: string | null; nip: string | null },
  identifiers: { krs?: string | null; nip?: string | null },
): AppError {
  const fieldErrors: FieldErrors = {};
  if (identifiers.krs && existing.krs === identifiers.krs) fieldErrors.krs = ["org.error.duplicateKrs"];
  if (identifiers.nip && existing.nip === identifiers.nip) fieldErrors.nip = ["org.error.duplicateNip"];
  return new AppError("CONFLICT", "org.error.duplicate", {
    fieldErrors,
    details: { existingOrganizationId: existing.id, existingOrganizationName: existing.name },
  });
}
