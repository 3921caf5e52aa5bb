import { and, eq, isNull } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import { hashToken } from "../../platform/auth/tokens.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import {
  organizationInvitations,
  organizationJoinRequests,
  organizationMembers,
  organizations,
} from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { membershipOf, personOf, requireUserId } from "./access";
import type { MemberRole } from "./schemas";

/** Longest token accepted from a URL (ours are 43 characters). */
const MAX_TOKEN_LENGTH = 100;

export interface AcceptInvitationOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  token: string;
}

/** The invitation of a link, in this tenant, with its organisation; NOT_FOUND for anything else. */
export async function findInvitation(db: Db, tenantId: string, token: string) {
  if (!token || token.length > MAX_TOKEN_LENGTH) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await db
    .select({ invitation: organizationInvitations, organizationName: organizations.name })
    .from(organizationInvitations)
    .innerJoin(organizations, eq(organizations.id, organizationInvitations.organizationId))
    .where(and(eq(organizationInvitations.tokenHash, hashToken(token)), eq(organizations.tenantId, tenantId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

/**
 * The invited person accepts: they must be logged in with the e-mail address the invitation was
 * sent to (the safer choice: a forwarded link does not let someone else in). The link works once
 * and for 14 days. A person who is already a member keeps their role.
 */
export async function acceptInvitation(
  options: AcceptInvitationOptions,
): Promise<{ organizationId: string; role: MemberRole }> {
  const userId = requireUserId(options.actor);
  const { invitation } = await findInvitation(options.db, options.tenantId, options.token);
  const now = options.clock.now();
  if (invitation.acceptedAt) throw new AppError("GONE", "org.error.invitationUsed");
  if (invitation.expiresAt.getTime() <= now.getTime())
    throw new AppError("GONE", "org.error.invitationExpired");
  return options.db.transaction(async (tx) => {
    const person = await personOf(tx, userId);
    if (person.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new AppError("FORBIDDEN", "org.error.invitationOtherEmail");
    }
    const taken = await tx
      .update(organizationInvitations)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(and(eq(organizationInvitations.id, invitation.id), isNull(organizationInvitations.acceptedAt)))
      .returning({ id: organizationInvitations.id });
    if (taken.length === 0) throw new AppError("GONE", "org.error.invitationUsed");
    const existing = await membershipOf(tx, invitation.organizationId, userId);
    const role = existing ?? invitation.role;
    if (!existing) {
      await tx
        .insert(organizationMembers)
        .values({ organizationId: invitation.organizationId, userId, role, createdAt: now });
    }
    // The person is in now: a request of theirs to join the same organisation is settled.
    await tx
      .update(organizationJoinRequests)
      .set({ status: "accepted", decidedBy: invitation.invitedBy, decidedAt: now })
      .where(
        and(
          eq(organizationJoinRequests.organizationId, invitation.organizationId),
          eq(organizationJoinRequests.userId, userId),
          eq(organizationJoinRequests.status, "pending"),
        ),
      );
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "organization",
      entityId: invitation.organizationId,
      action: "organization.invitationAccepted",
      after: {
        invitationId: invitation.id,
        userId,
        email: person.email,
        role,
        alreadyMember: Boolean(existing),
      },
    });
    return { organizationId: invitation.organizationId, role };
  });
}
