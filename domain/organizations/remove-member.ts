import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Db } from "../../platform/db/client.server";
import { organizationMembers } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { assertCan, findOrganizationInTenant, isUuid, requireUserId, subjectFor } from "./access";
import { lockOwners } from "./change-member-role";

export interface RemoveMemberOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  organizationId: string;
  userId: string;
}

/**
 * An owner removes a member, or a member leaves (removes themselves). The last owner can do
 * neither: an organisation always keeps at least one owner.
 */
export async function removeMember(options: RemoveMemberOptions): Promise<void> {
  const actorId = requireUserId(options.actor);
  await options.db.transaction(async (tx) => {
    const org = await findOrganizationInTenant(tx, options.tenantId, options.organizationId);
    const subject = await subjectFor(tx, org.id, actorId);
    const leaving = options.userId === actorId;
    if (leaving) assertCan(subject, "workspace.view", org);
    else assertCan(subject, "members.manage", org);
    const owners = await lockOwners(tx, org.id);
    if (!isUuid(options.userId)) throw new AppError("NOT_FOUND", "error.notFound");
    const [member] = await tx
      .select()
      .from(organizationMembers)
      .where(
        and(eq(organizationMembers.organizationId, org.id), eq(organizationMembers.userId, options.userId)),
      )
      .limit(1);
    if (!member) throw new AppError("NOT_FOUND", "error.notFound");
    if (member.role === "owner" && owners.length <= 1) throw new AppError("CONFLICT", "org.error.lastOwner");
    await tx
      .delete(organizationMembers)
      .where(
        and(eq(organizationMembers.organizationId, org.id), eq(organizationMembers.userId, member.userId)),
      );
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "organization",
      entityId: org.id,
      action: leaving ? "organization.memberLeft" : "organization.memberRemoved",
      before: { userId: member.userId, role: member.role },
    });
  });
}
