import { and, eq, ne, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { tenants } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { forgetResolvedTenants } from "../../platform/tenancy/resolve-tenant.server";
import { readTenantSettings } from "../../platform/tenancy/settings";
import { z } from "../../platform/validation/zod-messages";
import {
  contractSettingsAuditView,
  contractSettingsFields,
  contractSettingsOf,
  contractSettingsView,
  gatherRepresentativeRows,
} from "./contract-settings";
import { NameField, OptionalEmailField } from "./fields";

/** TERYT code of a municipality: 7 digits, the last one the type of unit (GUS, rozporządzenie RM z 15.12.1998). */
export const TerytField = z
  .string()
  .trim()
  .regex(/^\d{7}$/, "admin.settings.terytFormat");

const OptionalWebUrl = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "admin.settings.urlFormat" }).max(500)])
  .optional()
  .transform((v) => v || null);

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** More would be a configuration mistake, not a municipality. */
const MAX_HOSTNAMES = 20;

/** Host names typed one per line (or separated by commas or spaces). */
const HostnamesField = z
  .string()
  .max(5000)
  .default("")
  .transform((text) => [
    ...new Set(
      text
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean),
    ),
  ])
  .refine((list) => list.every((h) => HOSTNAME.test(h)), "admin.settings.hostnameFormat")
  .refine((list) => list.length <= MAX_HOSTNAMES, "admin.settings.tooManyHostnames");

const DateField = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "admin.settings.dateFormat");
const ShortText = z.string().trim().max(200).default("");
/** Longest Polish town name has about 30 letters; 100 leaves room and stops pasted essays. */
const MAX_CITY_LENGTH = 100;

/** The municipality settings form: flat field names, as the form posts them (rows "list.N.field"). */
export const TenantSettingsFormSchema = z.preprocess(
  gatherRepresentativeRows,
  z.object({
    name: NameField,
    teryt: TerytField,
    /** The town of the municipality's seat (the 1.5 % page lists OPPs seated there); blank: from the name. */
    seatCity: z.string().trim().max(MAX_CITY_LENGTH).default(""),
    /** Section I of offers: the authority they are addressed to ("Prezydent Miasta …"); blank: the name. */
    offerAuthority: ShortText,
    bipUrl: OptionalWebUrl,
    logoUrl: OptionalWebUrl,
    hostnames: HostnamesField,
    accessibilityPublishedOn: DateField,
    accessibilityUpdatedOn: DateField,
    accessibilityContactName: ShortText,
    accessibilityContactEmail: OptionalEmailField,
    accessibilityContactPhone: z.string().trim().max(40).default(""),
    coordinatorUnit: ShortText,
    coordinatorEmail: OptionalEmailField,
    ...contractSettingsFields,
  }),
);
export type TenantSettingsFormInput = z.infer<typeof TenantSettingsFormSchema>;

type TenantRow = typeof tenants.$inferSelect;

/** The tenant as the form shows it. */
export function tenantSettingsView(tenant: TenantRow): Record<string, string> {
  return { ...generalView(tenant), ...contractSettingsView(readTenantSettings(tenant.settings)) };
}

/** What the audit entry compares (the contract representatives as one value). */
function auditView(tenant: TenantRow): Record<string, string> {
  return { ...generalView(tenant), ...contractSettingsAuditView(readTenantSettings(tenant.settings)) };
}

function generalView(tenant: TenantRow): Record<string, string> {
  const settings = readTenantSettings(tenant.settings);
  return {
    name: tenant.name,
    teryt: tenant.teryt,
    seatCity: settings.seatCity,
    offerAuthority: settings.offerAuthority,
    bipUrl: tenant.bipUrl ?? "",
    logoUrl: tenant.logoUrl ?? "",
    hostnames: tenant.hostnames.join("\n"),
    accessibilityPublishedOn: settings.accessibility.publishedOn,
    accessibilityUpdatedOn: settings.accessibility.updatedOn,
    accessibilityContactName: settings.accessibility.contactName,
    accessibilityContactEmail: settings.accessibility.contactEmail,
    accessibilityContactPhone: settings.accessibility.contactPhone,
    coordinatorUnit: settings.coordinatorUnit,
    coordinatorEmail: settings.coordinatorEmail,
  };
}

/**
 * Changes the municipality's name, TERYT, addresses, host names and settings; audited with the
 * fields that changed. A host name that already serves another tenant is refused.
 */
export async function updateTenantSettings(options: {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  input: TenantSettingsFormInput;
}): Promise<void> {
  const { tenantId, actor, input } = options;
  await options.db.transaction(async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for("update");
    if (!tenant) throw new AppError("NOT_FOUND", "error.notFound");
    if (input.hostnames.length > 0) {
      const [taken] = await tx
        .select({ id: tenants.id })
        .from(tenants)
        .where(
          and(
            ne(tenants.id, tenantId),
            sql`${tenants.hostnames} && ${sql`array[${sql.join(
              input.hostnames.map((h) => sql`${h}`),
              sql`, `,
            )}]::text[]`}`,
          ),
        )
        .limit(1);
      if (taken) {
        throw new AppError("CONFLICT", "admin.settings.hostnameTaken", {
          fieldErrors: { hostnames: ["admin.settings.hostnameTaken"] },
        });
      }
    }
    const settings = {
      // Keys this form does not know (added by other procedures) are kept as they are.
      ...(tenant.settings ?? {}),
      accessibility: {
        publishedOn: input.accessibilityPublishedOn,
        updatedOn: input.accessibilityUpdatedOn,
        contactName: input.accessibilityContactName,
        contactEmail: input.accessibilityContactEmail,
        contactPhone: input.accessibilityContactPhone,
      },
      coordinatorUnit: input.coordinatorUnit,
      coordinatorEmail: input.coordinatorEmail,
      seatCity: input.seatCity,
      offerAuthority: input.offerAuthority,
      ...contractSettingsOf(input),
    };
    const [updated] = await tx
      .update(tenants)
      .set({
        name: input.name,
        teryt: input.teryt,
        bipUrl: input.bipUrl,
        logoUrl: input.logoUrl,
        hostnames: input.hostnames,
        settings,
      })
      .where(eq(tenants.id, tenantId))
      .returning();
    if (!updated) throw new Error("tenant update returned nothing");
    const before = auditView(tenant);
    const after = auditView(updated);
    const changed = Object.keys(after).filter((key) => before[key] !== after[key]);
    if (changed.length === 0) return;
    await writeAudit(tx, {
      tenantId,
      actor,
      entityType: "tenant",
      entityId: tenantId,
      action: "tenant.settings_updated",
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, after[key]])),
    });
  });
  // This process serves the change at once; other nodes within the cache's time to live.
  forgetResolvedTenants();
}
