import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { organizationMembers } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { assertCan, findOrganizationInTenant, isUuid, requireUserId, subjectFor } from "./access";
import type { MemberRole } from "./schemas";

/**
 * The organisation's owners, locked for the rest of the transaction, so two owners demoting each
 * other at the same moment cannot leave the organisation without one.
 */
export async function lockOwners(db: DbOrTx, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.role, "owner")))
    .for("update");
  return rows.map((r) => r.userId);
}

export interface ChangeMemberRoleOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  organizationId: string;
  userId: string;
  role: MemberRole;
}

/** An owner changes a member's role; an organisation always keeps at least one owner. */
export async function changeMemberRole(options: ChangeMemberRoleOptions): Promise<void> {
  const actorId = requireUserId(options.actor);
  await options.db.transaction(async (tx) => {
    const org = await findOrganizationInTenant(tx, options.tenantId, options.organizationId);
    assertCan(await subjectFor(tx, org.id, actorId), "members.manage", org);
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
    if (member.role === options.role) return;
    if (member.role === "owner" && owners.length <= 1) throw new AppError("CONFLICT", "org.error.lastOwner");
    await tx
      .update(organizationMembers)
      .set({ role: options.role })
      .where(
        and(eq(organizationMembers.organizationId, org.id), eq(organizationMembers.userId, member.userId)),
      );
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "organization",
      entityId: org.id,
      action: "organization.memberRoleChanged",
      before: { userId: member.userId, role: member.role },
      after: { userId: member.userId, role: options.role },
    });
  });
}
