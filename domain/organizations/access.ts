import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { users } from "../../platform/db/schema/identity";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import type { MailLocale } from "../../platform/mail/templates/types";
import { can, type OrganizationAction, type OrganizationSubject, type StaffRoleName } from "./policy";
import type { MemberRole } from "./schemas";

/** Helpers every use case of the NGO base shares: find in the tenant, ask the policy, find the people to tell. */

export type OrganizationRow = typeof organizations.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL or a form: anything that is not a UUID is simply "not found". */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The organisation in this tenant, or NOT_FOUND (also for another tenant's id and for a malformed id). */
export async function findOrganizationInTenant(
  db: DbOrTx,
  tenantId: string,
  organizationId: unknown,
): Promise<OrganizationRow> {
  if (!isUuid(organizationId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), eq(organizations.tenantId, tenantId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

export async function membershipOf(
  db: DbOrTx,
  organizationId: string,
  userId: string | null,
): Promise<MemberRole | null> {
  if (!userId) return null;
  const [row] = await db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(
      and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)),
    )
    .limit(1);
  return row?.role ?? null;
}

/** Throws FORBIDDEN unless the policy allows the action. */
export function assertCan(
  subject: OrganizationSubject,
  action: OrganizationAction,
  organization?: { status: OrganizationRow["status"] },
): void {
  if (!can(subject, action, organization)) throw new AppError("FORBIDDEN", "error.forbidden");
}

/** The member's subject for the policy (their role here; staff roles passed by the caller). */
export async function subjectFor(
  db: DbOrTx,
  organizationId: string,
  userId: string | null,
  staffRoles: readonly StaffRoleName[] = [],
): Promise<OrganizationSubject> {
  return { membership: await membershipOf(db, organizationId, userId), staffRoles };
}

export function requireUserId(actor: { userId: string | null }): string {
  if (!actor.userId) throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  return actor.userId;
}

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  locale: MailLocale;
}

function asLocale(locale: string): MailLocale {
  return locale === "en" ? "en" : "pl";
}

export async function personOf(db: DbOrTx, userId: string): Promise<Recipient> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  return { ...row, locale: asLocale(row.locale) };
}

/** The owners of an organisation, who receive its mail. */
export async function ownersOf(db: DbOrTx, organizationId: string): Promise<Recipient[]> {
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(
      and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.role, "owner")),
    );
  return rows.map((r) => ({ ...r, locale: asLocale(r.locale) }));
}

/** A PostgreSQL unique violation (23505), wrapped or not by the driver. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

/** The workspace and back-office addresses of an organisation, for links in mail. */
export const organizationLinks = {
  workspace: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/panel/organizacje/${id}`,
  members: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/panel/organizacje/${id}/czlonkowie`,
  edit: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/panel/organizacje/${id}/edytuj`,
  backOffice: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/urzad/organizacje/${id}`,
  invitation: (appUrl: string, token: string) => `${appUrl.replace(/\/$/, "")}/zaproszenie/${token}`,
};

/** A Zod error as a VALIDATION AppError with the messages by field ("representatives.0.name"). */
export function validationError(issues: readonly { path: PropertyKey[]; message: string }[]): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    const list = fieldErrors[key] ?? [];
    list.push(issue.message);
    fieldErrors[key] = list;
  }
  return new AppError("VALIDATION", "error.validation", { fieldErrors });
}
