import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { StaffRole } from "../../platform/auth/session.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { tenants } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { forgetResolvedTenants } from "../../platform/tenancy/resolve-tenant.server";
import {
  type OppCampaignYear,
  OppCampaignYearSchema,
  readTenantSettings,
} from "../../platform/tenancy/settings";
import { z } from "../../platform/validation/zod-messages";
import { validationError } from "../organizations/access";
import { assertCanOnPortal } from "./policy";
import { MAX_OPP_CAMPAIGN_YEARS } from "./rules";

/** Figures in one order and one key order, so equal figures compare (and audit) equal. */
function canonical(figures: readonly OppCampaignYear[]): OppCampaignYear[] {
  return figures
    .map((f) => ({ year: f.year, donors: f.donors, totalGrosze: f.totalGrosze, localGrosze: f.localGrosze }))
    .sort((a, b) => a.year - b.year);
}

/** Checked again inside the use case: a script or an API may call it without the form. */
function checkedFigures(figures: readonly OppCampaignYear[]): OppCampaignYear[] {
  const parsed = z
    .array(OppCampaignYearSchema)
    .max(MAX_OPP_CAMPAIGN_YEARS)
    .refine(
      (rows) => new Set(rows.map((r) => r.year)).size === rows.length,
      "portal.campaign.error.duplicateYear",
    )
    .refine(
      (rows) => rows.every((r) => r.localGrosze <= r.totalGrosze),
      "portal.campaign.error.localAboveTotal",
    )
    .safeParse(figures);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return canonical(parsed.data);
}

/**
 * Replaces the 1.5 % campaign's figures in the tenant's settings (coordinator or administrator),
 * audited with the figures before and after; other settings are kept as they are.
 */
export async function updateOppCampaignFigures(options: {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly StaffRole[];
  figures: readonly OppCampaignYear[];
}): Promise<{ changed: boolean }> {
  const { tenantId, actor } = options;
  assertCanOnPortal(options.staffRoles, "oppCampaign.edit");
  const after = checkedFigures(options.figures);
  const result = await options.db.transaction(async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for("update");
    if (!tenant) throw new AppError("NOT_FOUND", "error.notFound");
    const before = canonical(readTenantSettings(tenant.settings).oppCampaign);
    if (JSON.stringify(before) === JSON.stringify(after)) return { changed: false };
    await tx
      .update(tenants)
      .set({ settings: { ...(tenant.settings ?? {}), oppCampaign: after } })
      .where(eq(tenants.id, tenantId));
    await writeAudit(tx, {
      tenantId,
      actor,
      entityType: "tenant",
      entityId: tenantId,
      action: "tenant.opp_campaign_updated",
      before: { oppCampaign: before },
      after: { oppCampaign: after },
    });
    return { changed: true };
  });
  // This process serves the change at once; other nodes within the cache's time to live.
  if (result.changed) forgetResolvedTenants();
  return result;
}
