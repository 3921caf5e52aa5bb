import { and, eq, type SQL } from "drizzle-orm";
import { organizations } from "../../platform/db/schema/organizations";
import { isAreaCode } from "../organizations/areas";
import { isLegalFormCode } from "../organizations/legal-forms";
import type { HideableField } from "../organizations/schemas";
import type { OrganizationStatus } from "../organizations/states";
import type { PublicOrganization, PublicOrganizationSummary } from "./api-schemas";

/**
 * Which organisations and which of their fields are public (PROCESS.md §2 and §11: every field is
 * public or internal; personal data of individuals only when the person agreed). The portal, the
 * API and the downloads read organisations only through the columns and mappers below.
 *
 * - Only VERIFIED organisations are ever public: pending and rejected registrations stay internal.
 * - Never public: status, rejection reason, who registered it, the list of hidden fields itself.
 * - Public unless the organisation hid them (organizations.hidden_fields): e-mail, phone, bank
 *   account, representatives' names.
 */
export const PUBLIC_STATUS: OrganizationStatus = "verified";

/** The tenant's organisations that anyone may see. */
export function isPublicIn(tenantId: string): SQL {
  return and(eq(organizations.tenantId, tenantId), eq(organizations.status, PUBLIC_STATUS)) as SQL;
}

/** Columns a list of organisations reads (none of them hideable). */
export const summaryColumns = {
  id: organizations.id,
  name: organizations.name,
  legalForm: organizations.legalForm,
  krs: organizations.krs,
  nip: organizations.nip,
  city: organizations.city,
  district: organizations.district,
  areas: organizations.areas,
  opp: organizations.opp,
};

/** Columns a profile reads: the public ones, the hideable ones and the flags that hide them. */
export const profileColumns = {
  ...summaryColumns,
  otherRegister: organizations.otherRegister,
  regon: organizations.regon,
  street: organizations.street,
  postalCode: organizations.postalCode,
  email: organizations.email,
  phone: organizations.phone,
  website: organizations.website,
  iban: organizations.iban,
  representatives: organizations.representatives,
  description: organizations.description,
  verifiedAt: organizations.verifiedAt,
  hiddenFields: organizations.hiddenFields,
};

type OrganizationRow = typeof organizations.$inferSelect;
type SummaryRow = Pick<OrganizationRow, keyof typeof summaryColumns>;
type ProfileRow = Pick<OrganizationRow, keyof typeof profileColumns>;

/** A list row as the public sees it (unknown stored codes are dropped, never shown raw). */
export function toPublicSummary(row: SummaryRow): PublicOrganizationSummary {
  return {
    id: row.id,
    name: row.name,
    legalForm: isLegalFormCode(row.legalForm) ? row.legalForm : "other_art3_3",
    krs: row.krs ?? null,
    nip: row.nip ?? null,
    city: row.city,
    district: row.district ?? null,
    areas: row.areas.filter(isAreaCode),
    opp: row.opp,
  };
}

/** A profile as the public sees it: hidden fields become null. */
export function toPublicOrganization(row: ProfileRow): PublicOrganization {
  const hidden = new Set(row.hiddenFields);
  const unlessHidden = <T>(field: HideableField, value: T | null | undefined): T | null =>
    hidden.has(field) ? null : (value ?? null);
  return {
    ...toPublicSummary(row),
    otherRegister: row.otherRegister ?? null,
    regon: row.regon ?? null,
    street: row.street,
    postalCode: row.postalCode,
    email: unlessHidden("email", row.email),
    phone: unlessHidden("phone", row.phone),
    website: row.website ?? null,
    iban: unlessHidden("iban", row.iban),
    representatives: unlessHidden(
      "representatives",
      row.representatives.map((r) => ({ name: r.name, function: r.function })),
    ),
    description: row.description,
    verifiedAt: row.verifiedAt ? row.verifiedAt.toISOString() : null,
  };
}
