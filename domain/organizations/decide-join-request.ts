import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { organizationJoinRequests, organizationMembers } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import {
  assertCan,
  findOrganizationInTenant,
  isUuid,
  membershipOf,
  organizationLinks,
  personOf,
  requireUserId,
  subjectFor,
} from "./access";
import { joinRequestDecidedMail } from "./mail/join-request-mails";
import type { MemberRole } from "./schemas";

export interface DecideJoinRequestOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  organizationId: string;
  requestId: string;
  decision: "accept" | "reject";
  /** The role given when accepting. */
  role: MemberRole;
}

/** An owner accepts (with a role) or declines a request to join; the person is told by mail. */
export async function decideJoinRequest(options: DecideJoinRequestOptions): Promise<void> {
  const userId = requireUserId(options.actor);
  await options.db.transaction(async (tx) => {
    const org = await findOrganizationInTenant(tx, options.tenantId, options.organizationId);
    assertCan(await subjectFor(tx, org.id, userId), "joinRequests.decide", org);
    if (!isUuid(options.requestId)) throw new AppError("NOT_FOUND", "error.notFound");
    const [request] = await tx
      .select()
      .from(organizationJoinRequests)
      .where(
        and(
          eq(organizationJoinRequests.id, options.requestId),
          eq(organizationJoinRequests.organizationId, org.id),
        ),
      )
      .limit(1);
    if (!request) throw new AppError("NOT_FOUND", "error.notFound");
    if (request.status !== "pending") throw new AppError("CONFLICT", "org.error.alreadyDecided");
    const now = options.clock.now();
    const accepted = options.decision === "accept";
    await tx
      .update(organizationJoinRequests)
      .set({ status: accepted ? "accepted" : "rejected", decidedBy: userId, decidedAt: now })
      .where(eq(organizationJoinRequests.id, request.id));
    const alreadyMember = await membershipOf(tx, org.id, request.userId);
    if (accepted && !alreadyMember) {
      await tx
        .insert(organizationMembers)
        .values({ organizationId: org.id, userId: request.userId, role: options.role, createdAt: now });
    }
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "organization",
      entityId: org.id,
      action: accepted ? "organization.joinRequestAccepted" : "organization.joinRequestRejected",
      before: { requestId: request.id, status: "pending" },
      after: {
        requestId: request.id,
        userId: request.userId,
        status: accepted ? "accepted" : "rejected",
        role: accepted ? (alreadyMember ?? options.role) : null,
      },
    });
    const requester = await personOf(tx, request.userId);
    await enqueueMail(tx, {
      tenantId: options.tenantId,
      to: requester.email,
      template: "organizations.join-request-decided",
      rendered: joinRequestDecidedMail(requester.locale, {
        organizationName: org.name,
        accepted,
        role: alreadyMember ?? options.role,
        link: organizationLinks.workspace(options.appUrl, org.id),
      }),
    });
  });
}
