import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { users } from "../../platform/db/schema/identity";
import {
  organizationInvitations,
  organizationJoinRequests,
  organizationMembers,
} from "../../platform/db/schema/organizations";

/** Members with their roles, open invitations and pending requests to join, for the members' page. */
export async function listMembers(options: { db: Db; organizationId: string; clock: Clock }) {
  const { db, organizationId } = options;
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(asc(users.name));
  const invitations = await db
    .select({
      id: organizationInvitations.id,
      email: organizationInvitations.email,
      role: organizationInvitations.role,
      expiresAt: organizationInvitations.expiresAt,
    })
    .from(organizationInvitations)
    .where(
      and(
        eq(organizationInvitations.organizationId, organizationId),
        isNull(organizationInvitations.acceptedAt),
        gt(organizationInvitations.expiresAt, options.clock.now()),
      ),
    )
    .orderBy(asc(organizationInvitations.createdAt));
  const joinRequests = await db
    .select({
      id: organizationJoinRequests.id,
      name: users.name,
      email: users.email,
      message: organizationJoinRequests.message,
      createdAt: organizationJoinRequests.createdAt,
    })
    .from(organizationJoinRequests)
    .innerJoin(users, eq(users.id, organizationJoinRequests.userId))
    .where(
      and(
        eq(organizationJoinRequests.organizationId, organizationId),
        eq(organizationJoinRequests.status, "pending"),
      ),
    )
    .orderBy(asc(organizationJoinRequests.createdAt));
  return { members, invitations, joinRequests };
}
