import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { assertCan, findOrganizationInTenant, isUniqueViolation, requireUserId, subjectFor } from "./access";
import { assertNoDuplicate, diffColumns, parseProfile, profileToColumns } from "./profile-columns";
import type { OrganizationProfileInput } from "./schemas";
import { canTransition, ORGANIZATION_TRANSITIONS } from "./states";

export interface UpdateOrganizationProfileOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  organizationId: string;
  profile: OrganizationProfileInput;
}

/**
 * An owner or editor changes the profile. The audit line holds only the changed fields, before and
 * after. A rejected registration that is corrected goes back to the coordinator (status pending).
 */
export async function updateOrganizationProfile(
  options: UpdateOrganizationProfileOptions,
): Promise<{ changed: string[]; resubmitted: boolean }> {
  const userId = requireUserId(options.actor);
  const profile = parseProfile(options.profile);
  const columns = profileToColumns(profile);
  try {
    return await options.db.transaction(async (tx) => {
      const before = await findOrganizationInTenant(tx, options.tenantId, options.organizationId);
      assertCan(await subjectFor(tx, before.id, userId), "profile.edit", before);
      const diff = diffColumns(before, columns);
      if (diff.changed.length === 0) return { changed: [], resubmitted: false };
      await assertNoDuplicate(tx, options.tenantId, columns, before.id);
      const resubmitted = canTransition(before.status, "resubmit");
      const status = resubmitted ? ORGANIZATION_TRANSITIONS.resubmit.to : before.status;
      await tx
        .update(organizations)
        .set({
          ...columns,
          status,
          rejectionReason: resubmitted ? null : before.rejectionReason,
          updatedAt: options.clock.now(),
        })
        .where(and(eq(organizations.id, before.id), eq(organizations.tenantId, options.tenantId)));
      await writeAudit(tx, {
        tenantId: options.tenantId,
        actor: options.actor,
        entityType: "organization",
        entityId: before.id,
        action: "organization.profileUpdated",
        before: resubmitted ? { ...diff.before, status: before.status } : diff.before,
        after: resubmitted ? { ...diff.after, status } : diff.after,
      });
      return { changed: diff.changed, resubmitted };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      await assertNoDuplicate(options.db, options.tenantId, columns, options.organizationId);
    throw error;
  }
}
